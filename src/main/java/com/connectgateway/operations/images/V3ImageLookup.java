package com.connectgateway.operations.images;

import com.connectgateway.operations.FanOut;
import com.connectgateway.operations.OperationConfig;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3DeadlineExceeded;
import com.connectgateway.upstream.V3Failure;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Images by id from {@code /v3/images}, in batches of v3's maximum, run at once within the
 * caller's deadline; unknown ids are simply absent.
 */
@ApplicationScoped
public class V3ImageLookup {

    /** Most ids v3 takes in one call. */
    static final int BATCH = 100;

    /** The images found by id, and the ids whose batch the deadline cut off (neither found nor known missing). */
    public record Found(Map<String, JsonNode> images, Set<String> unanswered) {
    }

    private final V3Api v3;
    private final FanOut fanOut;
    private final OperationConfig config;

    V3ImageLookup(V3Api v3, FanOut fanOut, OperationConfig config) {
        this.v3 = v3;
        this.fanOut = fanOut;
        this.config = config;
    }

    /** @throws V3Failure for anything but "none of these ids exists", a {@link V3DeadlineExceeded} included */
    public Map<String, JsonNode> find(V3Caller caller, List<String> ids, String fields) {
        Found found = lookup(caller, ids, fields);
        if (!found.unanswered().isEmpty()) {
            throw new V3DeadlineExceeded(true);
        }
        return found.images();
    }

    /**
     * Like {@link #find}, but a batch the deadline cut off is reported in {@link Found#unanswered()},
     * for operations that answer per image.
     *
     * @throws V3Failure for any other failure of a batch (the first in id order)
     */
    public Found lookup(V3Caller caller, List<String> ids, String fields) {
        return lookup(caller, ids, "images", batch -> v3.images(caller, batch, fields));
    }

    /** {@link #lookup} of videos ({@code /v3/videos?ids=}), batched and reported the same way. */
    public Found lookupVideos(V3Caller caller, List<String> ids, String fields) {
        return lookup(caller, ids, "videos", batch -> v3.videos(caller, batch, fields));
    }

    /**
     * The same batching and reporting for any v3 resource listed by ids (images, videos, events):
     * {@code call} fetches one batch, {@code member} names the list in its answer.
     */
    public Found lookup(V3Caller caller, List<String> ids, String member, Function<List<String>, JsonNode> call) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        List<FanOut.Outcome<JsonNode>> outcomes = fanOut.each(batches, caller.deadline(), config.parallelism(),
                call);
        Map<String, JsonNode> found = new HashMap<>();
        Set<String> unanswered = new LinkedHashSet<>();
        for (int i = 0; i < batches.size(); i++) {
            FanOut.Outcome<JsonNode> outcome = outcomes.get(i);
            switch (outcome.state()) {
                case DONE -> outcome.value().path(member).forEach(asset -> found.put(asset.path("id").asText(), asset));
                case FAILED -> {
                    if (outcome.failure() instanceof V3DeadlineExceeded) {
                        unanswered.addAll(batches.get(i));
                    } else if (!(outcome.failure() instanceof V3Failure failure && failure.status() == 404)) {
                        throw outcome.failure(); // 404: none of this batch exists
                    }
                }
                case NOT_STARTED, UNFINISHED -> unanswered.addAll(batches.get(i));
            }
        }
        return new Found(found, unanswered);
    }
}
