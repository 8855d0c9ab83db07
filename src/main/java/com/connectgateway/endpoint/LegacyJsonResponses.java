package com.connectgateway.endpoint;

import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** HTTP responses that carry a legacy envelope. */
final class LegacyJsonResponses {

    static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8");

    private LegacyJsonResponses() {
    }

    static Response ok(LegacyResponse response) {
        return Response.ok(response.toJson(), JSON_UTF8).build();
    }

    static Response tooLarge(long limit) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(JSON_UTF8)
                // The rest of the body is not read: the connection ends after this answer.
                .header("Connection", "close")
                .entity(tooLargeBody(limit).toJson())
                .build();
    }

    static LegacyResponse tooLargeBody(long limit) {
        return LegacyResponse.failure(
                StatusEntry.of(StatusCode.INVALID_REQUEST, "The request body is larger than " + limit + " bytes."),
                NullNode.getInstance(), null);
    }
}
