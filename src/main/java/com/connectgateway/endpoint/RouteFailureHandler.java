package com.connectgateway.endpoint;

import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import io.vertx.core.buffer.Buffer;
import com.fasterxml.jackson.databind.node.NullNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Failures of the HTTP layer that never reach a JAX-RS resource (an HTTP/1.1 request without Host,
 * a failed Vert.x handler), which Quarkus would answer with {@code {"details":"Error id …",
 * "stack":""}}: on {@code /v1} and {@code /v2} they get a legacy envelope (HTTP 200,
 * {@code InvalidRequest}, or {@code SystemError} with a correlation id for a fault of ours), on other
 * paths the bare status. Requests the HTTP codec (414, 431, bad framing) or Quarkus's URI check
 * (an invalid URI, such as {@code %zz}) refuse never get this far; see docs/legacy-compatibility.md.
 */
@ApplicationScoped
public class RouteFailureHandler {

    private final LegacyJsonResponses responses;
    private final LegacyBodyLimit bodyLimit;

    RouteFailureHandler(LegacyJsonResponses responses, LegacyBodyLimit bodyLimit) {
        this.responses = responses;
        this.bodyLimit = bodyLimit;
    }

    void install(@Observes Router router) {
        // Ahead of every other failure handler, Quarkus's own (registered last) included.
        router.route().order(-40).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            // Too late for any answer: the client would read a broken one.
            ctx.request().connection().close();
            return;
        }
        int status = statusOf(ctx);
        if (LegacyPaths.isLegacy(ctx.request().path())) {
            answerLegacy(ctx, status);
        } else {
            if (status >= 500) {
                LegacyDispatcher.systemError(ctx.failure()); // logged under a correlation id; the client sees none
            }
            ctx.response().setStatusCode(status).end();
        }
    }

    private void answerLegacy(RoutingContext ctx, int status) {
        int httpStatus = status == 413 ? 413 : 200;
        LegacyResponse response = status == 413 ? LegacyJsonResponses.tooLargeBody(bodyLimit.bytes())
                : LegacyResponse.failure(entryFor(ctx, status), NullNode.getInstance(), null);
        ctx.response()
                .setStatusCode(httpStatus)
                .putHeader(HttpHeaders.CONTENT_TYPE, LegacyJsonResponses.JSON_UTF8.toString())
                .end(Buffer.buffer(responses.bytes(response)));
    }

    private static StatusEntry entryFor(RoutingContext ctx, int status) {
        if (status >= 500) {
            return LegacyDispatcher.systemError(ctx.failure());
        }
        return StatusEntry.of(StatusCode.INVALID_REQUEST, "The request could not be processed (HTTP " + status + ").");
    }

    /** The status the failing handler chose; an exception without one is a fault of ours. */
    private static int statusOf(RoutingContext ctx) {
        int status = ctx.statusCode();
        return status >= 400 && status <= 599 ? status : 500;
    }
}
