package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests that count the sandbox's token requests: no background renewer adds any. The bulkhead
 * is widened so every concurrent caller reaches v3, and the token timeout is generous: hundreds of
 * concurrent searches on two cores can hold the one refresh longer than the suite's 2 s, and a
 * timed-out refresh would not be retried. Tests reset the breakers first (no state from other storms).
 */
public class NoBackgroundRenewal implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.session.renewer.enabled", "false",
                "gateway.upstream.resilience.max-concurrent-calls", "256",
                "gateway.upstream.token-timeout", "10S");
    }
}
