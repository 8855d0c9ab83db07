package com.connectgateway.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Times the upstream exchanges (docs/operations.md): {@code gateway_upstream_v3_seconds} per
 * method, route template and status class, {@code gateway_upstream_token_seconds} per status
 * class, and {@code gateway_upstream_token_failures_total} per reason. Each exchange also counts
 * as a wait of the request it serves, which the request's own-time histogram leaves out.
 */
@ApplicationScoped
public class UpstreamMetrics {

    static final String V3 = "gateway.upstream.v3";
    static final String TOKEN = "gateway.upstream.token";
    static final String TOKEN_FAILURES = "gateway.upstream.token.failures";

    /** One exchange in flight: when it started, and the request that waits for it. */
    public static final class Exchange {
        private final RequestObservation request;
        private final long startNanos;

        private Exchange(RequestObservation request, long startNanos) {
            this.request = request;
            this.startNanos = startNanos;
        }

        private long end() {
            long now = System.nanoTime();
            if (request != null) {
                request.upstreamEnded(now);
            }
            return now - startNanos;
        }
    }

    /** Why a token request gave no usable answer. */
    public enum TokenFailure {
        TIMEOUT, UNREACHABLE, SERVER_ERROR, CIRCUIT_OPEN;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    UpstreamMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Marks the start of an exchange (and of the current request's wait). */
    public Exchange start() {
        long now = System.nanoTime();
        RequestObservation request = CurrentRequest.get();
        if (request != null) {
            request.upstreamStarted(now);
        }
        return new Exchange(request, now);
    }

    public void v3Answered(Exchange exchange, String method, String encodedPath, int status) {
        v3(exchange, method, encodedPath, StatusClass.of(status));
    }

    /** No answer: the call's timeout or the deadline ended it ({@code timedOut}), or the connection failed. */
    public void v3Failed(Exchange exchange, String method, String encodedPath, boolean timedOut) {
        v3(exchange, method, encodedPath, timedOut ? StatusClass.TIMEOUT : StatusClass.IO);
    }

    public void tokenAnswered(Exchange exchange, int status) {
        token(exchange, StatusClass.of(status));
        if (status >= 500) {
            tokenFailure(TokenFailure.SERVER_ERROR);
        }
    }

    public void tokenFailed(Exchange exchange, TokenFailure failure) {
        token(exchange, failure == TokenFailure.TIMEOUT ? StatusClass.TIMEOUT : StatusClass.IO);
        tokenFailure(failure);
    }

    /** Refused by the open breaker: nothing was sent, so it is a failure but no exchange. */
    public void tokenRefused(Exchange exchange) {
        exchange.end();
        tokenFailure(TokenFailure.CIRCUIT_OPEN);
    }

    private void v3(Exchange exchange, String method, String encodedPath, String statusClass) {
        long nanos = exchange.end();
        Timer.builder(V3)
                .description("HTTP exchanges with v3 (each attempt) by method, route template and status class")
                .tag("method", method)
                .tag("endpoint", V3Endpoints.template(encodedPath))
                .tag("status_class", statusClass)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private void token(Exchange exchange, String statusClass) {
        long nanos = exchange.end();
        Timer.builder(TOKEN)
                .description("Requests to the upstream OAuth2 token endpoint by status class")
                .tag("status_class", statusClass)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private void tokenFailure(TokenFailure failure) {
        Counter.builder(TOKEN_FAILURES)
                .description("Token endpoint requests without a usable answer, by reason")
                .tag("reason", failure.tag())
                .register(registry)
                .increment();
    }
}
