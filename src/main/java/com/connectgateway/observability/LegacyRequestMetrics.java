package com.connectgateway.observability;

import com.connectgateway.wire.StatusCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The meters of legacy requests (docs/operations.md): {@code gateway_legacy_requests_seconds} per
 * operation, outcome and first status code, and {@code gateway_legacy_own_seconds}, the gateway's
 * own share of each request (its total time less the time it waited on v3 and the token endpoint),
 * as a histogram. Every tag value comes from a closed set, so the number of series stays bounded.
 */
@ApplicationScoped
public class LegacyRequestMetrics {

    static final String REQUESTS = "gateway.legacy.requests";
    static final String OWN_TIME = "gateway.legacy.own";
    static final String UNKNOWN = "unknown";
    static final String NONE = "none";
    private static final Set<String> OUTCOMES = Set.of("success", "warning", "error");
    private static final Set<String> CODES = Arrays.stream(StatusCode.values()).map(StatusCode::wire).collect(Collectors.toSet());

    private final MeterRegistry registry;
    private final Timer ownTime;

    LegacyRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.ownTime = Timer.builder(OWN_TIME)
                .description("Time a legacy request spent in the gateway itself: total less the waits on upstream calls")
                .serviceLevelObjectives(millis(1), millis(2), millis(5), millis(10), millis(25), millis(50), millis(100),
                        millis(250), millis(500), millis(1000))
                .register(registry);
    }

    /** One answered request; {@code outcome} null for answers without a legacy header (then the HTTP status decides). */
    void record(String operation, String outcome, List<String> codes, int httpStatus, long totalNanos, long ownNanos) {
        Timer.builder(REQUESTS)
                .description("Legacy requests by operation, outcome and first legacy status code")
                .tag("operation", operation == null ? UNKNOWN : operation)
                .tag("outcome", outcome(outcome, httpStatus))
                .tag("code", codes.isEmpty() ? NONE : CODES.contains(codes.get(0)) ? codes.get(0) : "other")
                .register(registry)
                .record(totalNanos, TimeUnit.NANOSECONDS);
        ownTime.record(Math.max(0, ownNanos), TimeUnit.NANOSECONDS);
    }

    static String outcome(String legacy, int httpStatus) {
        if (legacy != null) {
            return OUTCOMES.contains(legacy) ? legacy : "error";
        }
        return httpStatus < 400 ? "success" : "error";
    }

    private static Duration millis(long value) {
        return Duration.ofMillis(value);
    }
}
