package com.connectgateway.support.profiles;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Legacy system credentials translated by a mapping table, with small session quotas: system
 * {@code 10042} (password {@code legacy-pass}) maps to the sandbox's API key, and so do
 * {@code flooder}, {@code steady} and {@code expiring} (password {@code <name>-pass}), each with a
 * quota of {@link #QUOTA} sessions. Each test uses systems of its own, so their sessions never meet
 * a quota of another's; all of them together stay under the {@link #MAX_SESSIONS} store limit.
 */
public class MappedCredentials implements QuarkusTestProfile {

    public static final int QUOTA = 5;
    public static final int MAX_SESSIONS = 120;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("gateway.session.max-sessions", String.valueOf(MAX_SESSIONS));
        config.put("gateway.session.max-sessions-per-system", String.valueOf(QUOTA));
        // Tests call the limit summary directly; the scheduled line would only add noise.
        config.put("gateway.session.limit-log-interval", "1H");
        config.put("gateway.credentials.mode", "mapped");
        config.put("gateway.credentials.systems.\"10042\".system-password", "legacy-pass");
        config.put("gateway.credentials.systems.\"10042\".api-key", "sandbox-system");
        config.put("gateway.credentials.systems.\"10042\".api-secret", "sandbox-secret");
        for (String system : List.of("flooder", "steady", "expiring")) {
            config.put("gateway.credentials.systems.\"" + system + "\".system-password", system + "-pass");
            config.put("gateway.credentials.systems.\"" + system + "\".api-key", LegacyApi.SYSTEM_ID);
            config.put("gateway.credentials.systems.\"" + system + "\".api-secret", LegacyApi.SYSTEM_PASSWORD);
        }
        return config;
    }
}
