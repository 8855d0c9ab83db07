package com.connectgateway.support.profiles;

import com.connectgateway.support.LocalPorts;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The gateway on its own: a configured v3 upstream (and token endpoint) at a local port nothing
 * listens on, so the sandbox stays off, and short idle and read timeouts on the gateway's
 * listeners, so the connection-timeout tests wait a second, not a minute. Every test here either
 * expects the upstream to be unreachable or never calls it.
 */
public class ClosedUpstream implements QuarkusTestProfile {

    public static final int IDLE_MILLIS = 1000;
    public static final int READ_MILLIS = 700;

    @Override
    public Map<String, String> getConfigOverrides() {
        // A port nothing listens on.
        String closed = "http://127.0.0.1:" + LocalPorts.free();
        return Map.of(
                "gateway.upstream.api-url", closed,
                "gateway.upstream.token-url", closed + "/oauth2/token",
                "quarkus.http.idle-timeout", IDLE_MILLIS + "MS",
                "quarkus.http.read-timeout", READ_MILLIS + "MS");
    }
}
