package com.connectgateway.endpoint;

import com.connectgateway.observability.LegacyRequests;
import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * HTTP answers that carry a legacy envelope, written here to bytes with the application's
 * ObjectMapper. The framework gets the finished bytes: handed an object, it streamed Jackson's
 * output in 8 KB pieces, each its own write on the event loop (issue 11).
 */
@ApplicationScoped
public class LegacyJsonResponses {

    static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8");

    private final ObjectWriter writer;

    LegacyJsonResponses(ObjectMapper json) {
        this.writer = json.writer();
    }

    /**
     * The envelope as UTF-8 JSON. One whose result cannot be written (a fault of ours) becomes a
     * SystemError envelope with the same CoordinationId, so the client still gets a legacy answer.
     */
    byte[] bytes(LegacyResponse response) {
        // Every envelope is written here (dispatcher, error mapper, route failures, 413): its Status,
        // codes and bytes go to the request's meters, access line and traffic recording.
        try {
            byte[] written = writer.writeValueAsBytes(response.toJson());
            LegacyRequests.answered(response, written);
            return written;
        } catch (JsonProcessingException unwritable) {
            LegacyResponse failure = LegacyResponse.failure(LegacyDispatcher.systemError(unwritable),
                    response.header().coordinationId(), null);
            try {
                byte[] written = writer.writeValueAsBytes(failure.toJson());
                LegacyRequests.answered(failure, written);
                return written;
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException("a SystemError envelope must serialize", impossible);
            }
        }
    }

    Response ok(LegacyResponse response) {
        return Response.ok(bytes(response), JSON_UTF8).build();
    }

    Response tooLarge(long limit) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(JSON_UTF8)
                // The rest of the body is not read: the connection ends after this answer.
                .header("Connection", "close")
                .entity(bytes(tooLargeBody(limit)))
                .build();
    }

    static LegacyResponse tooLargeBody(long limit) {
        return LegacyResponse.failure(
                StatusEntry.of(StatusCode.INVALID_REQUEST, "The request body is larger than " + limit + " bytes."),
                NullNode.getInstance(), null);
    }
}
