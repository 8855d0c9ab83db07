package com.connectgateway.operations.search;

import com.connectgateway.operations.FanOut;
import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationConfig;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3DeadlineExceeded;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GetEventDetails: events by id from {@code /v3/events}, in batches of v3's 100, run at once within
 * the operation's deadline. Every distinct requested id gets an EventResult in request order;
 * an unknown id gets Status "Not Found" and an EventNotFound entry (a warning while other events
 * are found, an error when none is). A batch not answered in time makes the whole operation
 * DependentServiceDown, as in GetImageDetails.
 */
@ApplicationScoped
public class GetEventDetailsOperation extends SearchOperation<GetEventDetailsBody> {

    /** The legacy limit on asset id lists (AssetIdListExceedsMaxAllowed, status-code appendix). */
    static final int MAX_EVENT_IDS = 500;
    /** Most ids v3 takes in one call. */
    static final int BATCH = 100;

    private final UpstreamCalls upstream;
    private final V3Api v3;
    private final FanOut fanOut;
    private final OperationConfig config;
    private final EventMapper mapper;

    GetEventDetailsOperation(UpstreamCalls upstream, V3Api v3, FanOut fanOut, OperationConfig config, EventMapper mapper) {
        this.upstream = upstream;
        this.v3 = v3;
        this.fanOut = fanOut;
        this.config = config;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "GetEventDetails";
    }

    @Override
    public Class<GetEventDetailsBody> bodyType() {
        return GetEventDetailsBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<GetEventDetailsBody> call) {
        List<Integer> ids = EventIds.of(call.body().eventIds(), MAX_EVENT_IDS);
        List<StatusEntry> notes = new ArrayList<>();
        String language = LanguagePolicy.acceptLanguage(call.body().language(), notes::add);
        Map<Integer, JsonNode> found = upstream.run(call, StatusCode.EVENT_NOT_FOUND,
                caller -> find(caller.withLanguage(language), ids));
        List<GetEventDetailsResult.EventResult> results = new ArrayList<>();
        ItemProblems problems = new ItemProblems();
        boolean anyFound = false;
        for (int id : ids) {
            JsonNode event = found.get(id);
            if (event != null) {
                results.add(GetEventDetailsResult.EventResult.found(mapper.event(event)));
                anyFound = true;
            } else {
                results.add(GetEventDetailsResult.EventResult.notFound(id));
                problems.add(StatusCode.EVENT_NOT_FOUND, "Event " + id + " was not found.");
            }
        }
        notes.addAll(problems.entries(anyFound));
        return new OperationOutcome(new GetEventDetailsResult(results), notes);
    }

    /** The events found by id; a batch v3 answers 404 has none. */
    private Map<Integer, JsonNode> find(V3Caller caller, List<Integer> ids) {
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        List<FanOut.Outcome<JsonNode>> outcomes = fanOut.each(batches, caller.deadline(), config.parallelism(),
                batch -> v3.events(caller, batch, V3FieldSets.EVENTS));
        Map<Integer, JsonNode> found = new HashMap<>();
        for (FanOut.Outcome<JsonNode> outcome : outcomes) {
            switch (outcome.state()) {
                case DONE -> outcome.value().path("events").forEach(event -> {
                    Integer id = EventMapper.id(event);
                    if (id != null) {
                        found.put(id, event);
                    }
                });
                case FAILED -> {
                    if (!(outcome.failure() instanceof V3Failure failure && failure.status() == 404)
                            || outcome.failure() instanceof V3DeadlineExceeded) {
                        throw outcome.failure();
                    }
                }
                case NOT_STARTED, UNFINISHED -> throw new V3DeadlineExceeded(outcome.state() == FanOut.Outcome.State.UNFINISHED);
            }
        }
        return found;
    }
}
