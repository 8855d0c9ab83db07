package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A v3 bulkhead of two calls and a v3 breaker that opens after four failures in a row and retries
 * after a second, so bulkhead and breaker tests need only a few requests. Bulkhead refusals are not
 * breaker failures, so the two do not disturb each other; tests reset the breakers first.
 */
public class SmallResilience implements QuarkusTestProfile {

    public static final int MAX_CONCURRENT_CALLS = 2;
    public static final int BREAKER_VOLUME = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.upstream.resilience.max-concurrent-calls", String.valueOf(MAX_CONCURRENT_CALLS),
                "gateway.upstream.resilience.v3-breaker.request-volume", String.valueOf(BREAKER_VOLUME),
                "gateway.upstream.resilience.v3-breaker.failure-ratio", "1.0",
                "gateway.upstream.resilience.v3-breaker.delay", "1S",
                "gateway.upstream.resilience.v3-breaker.success-threshold", "1");
    }
}
