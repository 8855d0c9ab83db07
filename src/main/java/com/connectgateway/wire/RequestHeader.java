package com.connectgateway.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The parsed legacy {@code RequestHeader}. {@code coordinationId} keeps the JSON value exactly as
 * sent so it can be echoed unchanged; {@code token} is blank-normalised to null.
 */
public record RequestHeader(String token, JsonNode coordinationId) {

    public static final RequestHeader EMPTY = new RequestHeader(null, NullNode.getInstance());

    public boolean hasToken() {
        return token != null;
    }

    @Override
    public String toString() {
        // Never print the token itself.
        return "RequestHeader[token=" + (token == null ? "none" : "present") + ", coordinationId=" + coordinationId + "]";
    }
}
