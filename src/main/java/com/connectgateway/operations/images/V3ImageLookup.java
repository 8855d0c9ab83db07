package com.connectgateway.operations.images;

import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3Failure;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Images by id from {@code /v3/images}, in batches of v3's maximum; unknown ids are simply absent. */
@ApplicationScoped
public class V3ImageLookup {

    /** Most ids v3 takes in one call. */
    static final int BATCH = 100;

    private final V3Api v3;

    V3ImageLookup(V3Api v3) {
        this.v3 = v3;
    }

    /** @throws V3Failure for anything but "none of these ids exists" */
    public Map<String, JsonNode> find(V3Caller caller, List<String> ids, String fields) {
        Map<String, JsonNode> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            try {
                for (JsonNode image : v3.images(caller, ids.subList(from, Math.min(ids.size(), from + BATCH)), fields)
                        .path("images")) {
                    found.put(image.path("id").asText(), image);
                }
            } catch (V3Failure failure) {
                if (failure.status() != 404) { // 404: none of this batch exists
                    throw failure;
                }
            }
        }
        return found;
    }
}
