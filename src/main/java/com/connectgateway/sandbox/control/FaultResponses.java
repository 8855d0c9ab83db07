package com.connectgateway.sandbox.control;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the answers of fault rules and of throttle mode straight onto the Vert.x response. */
final class FaultResponses {

    static final String THROTTLE_MESSAGE = "Account Over Queries Per Second Limit";
    static final String MALFORMED_BODY = "{\"result_count\": 5, \"images\": [";
    /** A valid, empty search result: parses as a v3 search answer, so only its pace is at fault. */
    static final String DRIBBLE_BODY = "{\"result_count\":0,\"images\":[]}";
    static final long DRIBBLE_INTERVAL_MILLIS = 300;
    static final int TRUNCATED_DECLARED_LENGTH = 1000;
    /** The 20 bytes a truncated answer sends before closing. */
    static final String TRUNCATED_PART = "{\"result_count\":5,\"i";

    private static final String JSON = "application/json";

    private FaultResponses() {
    }

    /** The answer of a rule that does not proceed ({@link FaultRule#proceeds()} false). */
    static void answer(RoutingContext ctx, FaultRule rule) {
        if (rule.action() == null) {
            status(ctx, rule.status(), rule.body(), rule.headers());
            return;
        }
        switch (rule.action()) {
            case RESET -> reset(ctx);
            case EMPTY -> raw(ctx, rule.headers()).end();
            case MALFORMED -> raw(ctx, rule.headers()).end(MALFORMED_BODY);
            case TRUNCATED -> truncated(ctx, rule.headers());
            case DRIBBLE -> dribble(ctx, rule.body() != null ? rule.body() : DRIBBLE_BODY, rule.headers());
        }
    }

    /** v3's throttling answer (reference §4 and §7), plus Retry-After so clients know when to retry. */
    static void throttled(RoutingContext ctx) {
        status(ctx, 429, new JsonObject().put("message", THROTTLE_MESSAGE).encode(),
                Map.of("X-Error-Detail", THROTTLE_MESSAGE, "Retry-After", "1"));
    }

    private static void status(RoutingContext ctx, int status, String body, Map<String, String> headers) {
        HttpServerResponse response = ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON);
        putAll(response, headers);
        response.end(body != null ? body
                : new JsonObject().put("message", HttpResponseStatus.valueOf(status).reasonPhrase()).encode());
    }

    /**
     * A 200 JSON answer that is never compressed: the broken bytes must reach the client exactly
     * as described, and the compressor would re-frame a truncated or dribbled body.
     */
    private static HttpServerResponse raw(RoutingContext ctx, Map<String, String> headers) {
        HttpServerResponse response = ctx.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        putAll(response, headers);
        return response;
    }

    private static void truncated(RoutingContext ctx, Map<String, String> headers) {
        HttpServerResponse response = raw(ctx, headers)
                .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(TRUNCATED_DECLARED_LENGTH));
        response.write(TRUNCATED_PART).onComplete(written -> close(ctx, false));
    }

    /** Headers at once, then the body byte by byte, stopping early if the client goes away. */
    private static void dribble(RoutingContext ctx, String body, Map<String, String> headers) {
        Buffer bytes = Buffer.buffer(body.getBytes(StandardCharsets.UTF_8));
        HttpServerResponse response = raw(ctx, headers)
                .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(bytes.length()));
        dribbleFrom(ctx, response, bytes, 0);
    }

    private static void dribbleFrom(RoutingContext ctx, HttpServerResponse response, Buffer bytes, int next) {
        if (response.closed() || response.ended()) {
            return;
        }
        if (next >= bytes.length() - 1) {
            response.end(next < bytes.length() ? bytes.getBuffer(next, next + 1) : Buffer.buffer());
            return;
        }
        response.write(bytes.getBuffer(next, next + 1));
        // A timer, never a sleep: the event loop keeps serving other requests meanwhile.
        ctx.vertx().setTimer(DRIBBLE_INTERVAL_MILLIS, id -> dribbleFrom(ctx, response, bytes, next + 1));
    }

    private static void reset(RoutingContext ctx) {
        close(ctx, true);
    }

    /**
     * Closes the connection under the unfinished response. With {@code abort} the close sends a
     * TCP RST (SO_LINGER 0), as a crashed upstream or a dropping middlebox would. Closes the Netty
     * channel directly: Vert.x's own close may wait for the response it is still expecting.
     */
    private static void close(RoutingContext ctx, boolean abort) {
        HttpConnection connection = ctx.request().connection();
        if (connection instanceof ConnectionBase base) {
            Channel channel = base.channel();
            if (abort) {
                channel.config().setOption(ChannelOption.SO_LINGER, 0);
            }
            channel.close();
        } else {
            connection.close();
        }
    }

    private static void putAll(HttpServerResponse response, Map<String, String> headers) {
        if (headers != null) {
            headers.forEach(response::putHeader);
        }
    }
}
