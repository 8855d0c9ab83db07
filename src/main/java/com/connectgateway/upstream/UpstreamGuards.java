package com.connectgateway.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The SmallRye Fault Tolerance guards of every upstream call, built from configuration:
 * <ul>
 * <li>{@code v3} — circuit breaker and bulkhead shared by all v3 calls, innermost;</li>
 * <li>{@code reads} — retries (connect errors, 502/503/504, 429) around it;</li>
 * <li>{@code token} — timeout and the token endpoint's own circuit breaker; grants are never retried.</li>
 * </ul>
 * Downloads and writes get no retry, only {@code v3}: they may have been applied. The per-attempt
 * timeouts of v3 calls ({@link #readTimeout()}, {@link #downloadTimeout()}, {@link #writeTimeout()})
 * are applied by {@link V3Api} itself, because each one shrinks to what is left of the operation's
 * {@link Deadline}.
 */
@ApplicationScoped
public class UpstreamGuards {

    public static final String V3_BREAKER = "v3";
    public static final String TOKEN_BREAKER = "token-endpoint";

    private final TypedGuard<JsonNode> v3;
    private final TypedGuard<JsonNode> reads;
    private final TypedGuard<RawTokenResponse> token;
    private final ResilienceConfig config;

    UpstreamGuards(ResilienceConfig config, UpstreamConfig upstream) {
        this.config = config;
        ResilienceConfig.Reads read = config.reads();
        this.v3 = TypedGuard.create(JsonNode.class)
                .withDescription("v3 API")
                .withCircuitBreaker().name(V3_BREAKER).with(b -> breaker(b, config.v3Breaker()))
                .failOn(V3ServerFailure.class).done()
                .withBulkhead().limit(config.maxConcurrentCalls()).done()
                .build();
        this.reads = TypedGuard.create(JsonNode.class)
                .withDescription("v3 read")
                .withRetry().maxRetries(read.maxRetries())
                .delay(millis(read.retryDelay()), ChronoUnit.MILLIS)
                .maxDuration(millis(read.deadline()), ChronoUnit.MILLIS)
                .retryOn(List.of(V3TransientFailure.class, V3Throttled.class))
                .withCustomBackoff().strategy(() -> new RetryBackoff(read.retryDelay(), read.maxRetryDelay())).done()
                .done()
                .build();
        this.token = TypedGuard.create(RawTokenResponse.class)
                .withDescription("token endpoint")
                .withTimeout().duration(millis(upstream.tokenTimeout()), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(TOKEN_BREAKER).with(b -> breaker(b, config.tokenBreaker()))
                .failOn(TokenEndpointException.class).done()
                .build();
    }

    TypedGuard<JsonNode> v3() {
        return v3;
    }

    TypedGuard<JsonNode> reads() {
        return reads;
    }

    TypedGuard<RawTokenResponse> token() {
        return token;
    }

    Duration readTimeout() {
        return config.reads().timeout();
    }

    Duration readDeadline() {
        return config.reads().deadline();
    }

    Duration downloadTimeout() {
        return config.downloads().timeout();
    }

    Duration writeTimeout() {
        return config.writes().timeout();
    }

    /** The bulkhead's limit, which is also the size of the v3 connection pool. */
    int maxConcurrentCalls() {
        return config.maxConcurrentCalls();
    }

    Duration refusalLogInterval() {
        return config.refusalLogInterval();
    }

    private static void breaker(TypedGuard.Builder.CircuitBreakerBuilder<?> builder, ResilienceConfig.Breaker settings) {
        builder.failureRatio(settings.failureRatio())
                .requestVolumeThreshold(settings.requestVolume())
                .delay(millis(settings.delay()), ChronoUnit.MILLIS)
                .successThreshold(settings.successThreshold());
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }
}
