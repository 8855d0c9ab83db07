package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.ServerSocket;
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
        String closed = "http://127.0.0.1:" + closedPort();
        return Map.of(
                "gateway.upstream.api-url", closed,
                "gateway.upstream.token-url", closed + "/oauth2/token",
                "quarkus.http.idle-timeout", IDLE_MILLIS + "MS",
                "quarkus.http.read-timeout", READ_MILLIS + "MS");
    }

    /** A local port nothing listens on (bound, then released). */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
