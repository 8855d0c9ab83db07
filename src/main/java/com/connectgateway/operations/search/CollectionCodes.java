package com.connectgateway.operations.search;

import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Legacy filters name collections by numeric id, v3 by code: the mapping from {@code /v3/collections},
 * cached per API key for an hour (collections rarely change, and the call needs a token).
 */
@ApplicationScoped
public class CollectionCodes {

    private final V3Api v3;
    private final Cache<String, Map<String, String>> byApiKey = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(1000)
            .build();

    CollectionCodes(V3Api v3) {
        this.v3 = v3;
    }

    /** The codes of legacy collection ids, in order; an id the key has no collection for is a legacy error. */
    public List<String> codesOf(V3Caller caller, List<String> legacyIds) {
        List<String> codes = new ArrayList<>();
        for (String id : legacyIds) {
            String code = codeOf(caller, id);
            if (code == null) {
                throw new LegacyFault(StatusCode.NON_EXISTING_COLLECTION_ID, "Collection id " + id + " does not exist.");
            }
            codes.add(code);
        }
        return codes;
    }

    /** The code of a legacy collection id, or null when the key has no such collection. */
    public String codeOf(V3Caller caller, String legacyId) {
        return byApiKey.get(caller.apiKey(), key -> load(caller)).get(legacyId.trim());
    }

    private Map<String, String> load(V3Caller caller) {
        Map<String, String> codes = new HashMap<>();
        for (JsonNode collection : v3.collections(caller).path("collections")) {
            if (collection.hasNonNull("id") && collection.hasNonNull("code")) {
                codes.put(collection.get("id").asText(), collection.get("code").asText());
            }
        }
        return codes;
    }
}
