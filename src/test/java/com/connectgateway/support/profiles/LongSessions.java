package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Legacy sessions outlive a day, so tests that move the clock past the 24-hour download-token
 * lifetime see the token expire, not the session.
 */
public class LongSessions implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.session.token-duration", "48H");
    }
}
