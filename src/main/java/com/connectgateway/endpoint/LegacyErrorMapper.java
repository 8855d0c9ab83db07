package com.connectgateway.endpoint;

import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Last line of defence: anything the framework or our code throws on a legacy path still answers
 * with a legacy envelope (HTTP 200; InvalidRequest for a request the framework refused, SystemError
 * with a correlation id for a bug), never a stack trace or an
 * HTML page. Other paths keep the framework's answer, without a body for unexpected errors.
 */
public class LegacyErrorMapper {

    private final LegacyJsonResponses responses;

    LegacyErrorMapper(LegacyJsonResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response map(Throwable failure, UriInfo uri) {
        if (LegacyPaths.isLegacy(uri.getPath())) {
            StatusEntry entry = failure instanceof WebApplicationException web
                    ? StatusEntry.of(StatusCode.INVALID_REQUEST, "The request could not be processed (HTTP "
                            + web.getResponse().getStatus() + ").")
                    : LegacyDispatcher.systemError(failure);
            return responses.ok(LegacyResponse.failure(entry, NullNode.getInstance(), null));
        }
        if (failure instanceof WebApplicationException web) {
            return web.getResponse();
        }
        LegacyDispatcher.systemError(failure);
        return Response.serverError().build();
    }
}
