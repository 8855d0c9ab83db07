package com.connectgateway.endpoint;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * The 413 answer to a legacy body above {@code gateway.legacy.max-body-size} (a legacy envelope,
 * {@code InvalidRequest}), and what becomes of the connection afterwards: the rest of the body is
 * never buffered, only drained for a moment ({@link RefusedBodyDrain}) and then the connection is closed.
 */
@ApplicationScoped
public class OversizedBodyRefusal {

    private final LegacyBodyLimit limit;
    private final LegacyJsonResponses responses;
    private final Vertx vertx;

    OversizedBodyRefusal(LegacyBodyLimit limit, LegacyJsonResponses responses, Vertx vertx) {
        this.limit = limit;
        this.responses = responses;
        this.vertx = vertx;
    }

    /** Answers on the Vert.x route, before anything of the body was read (a declared Content-Length). */
    void refuse(RoutingContext ctx) {
        Buffer body = Buffer.buffer(responses.bytes(LegacyJsonResponses.tooLargeBody(limit.bytes())));
        drainAfterAnswer(ctx);
        ctx.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, LegacyJsonResponses.JSON_UTF8.toString())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    /** The JAX-RS answer once a body read in part turned out too large (chunked, no Content-Length). */
    Response answer(RoutingContext ctx) {
        drainAfterAnswer(ctx);
        return responses.tooLarge(limit.bytes());
    }

    /** An end handler of the routing context: the response's own end handler belongs to the framework. */
    private void drainAfterAnswer(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.addEndHandler(ended -> RefusedBodyDrain.start(vertx, request, limit.bytes()));
    }
}
