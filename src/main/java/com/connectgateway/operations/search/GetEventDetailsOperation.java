package com.connectgateway.operations.search;

import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.V3ImageLookup;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3DeadlineExceeded;
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
 * the operation's deadline (the look-up shared with images and videos). Every distinct requested id gets an EventResult in request order;
 * an unknown id gets Status "Not Found" and an EventNotFound entry (a warning while other events
 * are found, an error when none is). A batch not answered in time makes the whole operation
 * DependentServiceDown, as in GetImageDetails.
 */
@ApplicationScoped
public class GetEventDetailsOperation extends SearchOperation<GetEventDetailsBody> {

    /** The legacy limit on asset id lists (AssetIdListExceedsMaxAllowed, status-code appendix). */
    static final int MAX_EVENT_IDS = 500;

    private final UpstreamCalls upstream;
    private final V3Api v3;
    private final V3ImageLookup lookup;
    private final EventMapper mapper;

    GetEventDetailsOperation(UpstreamCalls upstream, V3Api v3, V3ImageLookup lookup, EventMapper mapper) {
        this.upstream = upstream;
        this.v3 = v3;
        this.lookup = lookup;
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

    /** The events found by id, batched by the shared look-up; a batch v3 answers 404 has none. */
    private Map<Integer, JsonNode> find(V3Caller caller, List<Integer> ids) {
        V3ImageLookup.Found found = lookup.lookup(caller, ids.stream().map(String::valueOf).toList(), "events",
                batch -> v3.events(caller, batch.stream().map(Integer::valueOf).toList(), V3FieldSets.EVENTS));
        if (!found.unanswered().isEmpty()) {
            throw new V3DeadlineExceeded(true);
        }
        Map<Integer, JsonNode> events = new HashMap<>();
        found.images().values().forEach(event -> {
            Integer id = EventMapper.id(event);
            if (id != null) {
                events.put(id, event);
            }
        });
        return events;
    }
}
