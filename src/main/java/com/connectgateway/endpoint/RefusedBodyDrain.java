package com.connectgateway.endpoint;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

/**
 * After a body was refused: reads and drops what the client still sends, up to {@code maxBytes}
 * more and for at most {@link #MAX_MILLIS}, then closes the connection. Closing at once would make
 * the kernel reset a connection with unread data, and a client that writes its whole body before
 * reading (most do) would see the reset instead of the answer; draining for ever would let one
 * client hold a connection with an endless body. Nothing drained is kept.
 */
final class RefusedBodyDrain {

    static final long MAX_MILLIS = 2000;

    private RefusedBodyDrain() {
    }

    /** Call on the request's event loop, once the answer has been written. */
    static void start(Vertx vertx, HttpServerRequest request, long maxBytes) {
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = vertx.setTimer(MAX_MILLIS, id -> request.connection().close());
        Runnable close = () -> {
            vertx.cancelTimer(timer);
            request.connection().close();
        };
        long[] drained = { 0 };
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > maxBytes) {
                close.run();
            }
        });
        request.endHandler(ended -> close.run());
        request.exceptionHandler(failure -> close.run());
        request.resume();
    }
}
