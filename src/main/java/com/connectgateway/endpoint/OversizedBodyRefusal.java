package com.connectgateway.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper json;
    private final Vertx vertx;

    OversizedBodyRefusal(LegacyBodyLimit limit, ObjectMapper json, Vertx vertx) {
        this.limit = limit;
        this.json = json;
        this.vertx = vertx;
    }

    /** Answers on the Vert.x route, before anything of the body was read (a declared Content-Length). */
    void refuse(RoutingContext ctx) {
        String body;
        try {
            body = json.writeValueAsString(LegacyJsonResponses.tooLargeBody(limit.bytes()).toJson());
        } catch (JsonProcessingException e) {
            ctx.fail(e);
            return;
        }
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
        return LegacyJsonResponses.tooLarge(limit.bytes());
    }

    /** An end handler of the routing context: the response's own end handler belongs to the framework. */
    private void drainAfterAnswer(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.addEndHandler(ended -> RefusedBodyDrain.start(vertx, request, limit.bytes()));
    }
}
