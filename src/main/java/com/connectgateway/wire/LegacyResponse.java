package com.connectgateway.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete legacy answer: the header, and for a known operation its {@code <Operation>Result}
 * member (null when the operation failed, as clients index the key without checking).
 */
public record LegacyResponse(ResponseHeader header, String resultName, Object result) {

    public static LegacyResponse failure(StatusEntry entry, JsonNode coordinationId, String resultName) {
        return new LegacyResponse(new ResponseHeader(List.of(entry), coordinationId), resultName, null);
    }

    /** The JSON object in the member order the legacy service used. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ResponseHeader", header);
        if (resultName != null) {
            json.put(resultName, result);
        }
        return json;
    }
}
