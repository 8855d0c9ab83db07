package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A short operation deadline and two v3 calls at a time per operation, so the deadline tests need
 * only a few items and sandbox delays of a second or less. The breaker never opens here.
 */
public class ShortDeadlines implements QuarkusTestProfile {

    public static final long DEADLINE_MILLIS = 1800;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.operation.deadline", DEADLINE_MILLIS + "MS",
                "gateway.operation.parallelism", "2",
                "gateway.upstream.resilience.v3-breaker.request-volume", "1000");
    }
}
