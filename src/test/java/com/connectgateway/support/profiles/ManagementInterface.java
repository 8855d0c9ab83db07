package com.connectgateway.support.profiles;

import com.connectgateway.support.LocalPorts;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The observability options an operator may turn on, in one application: health and metrics on the
 * management interface at a free port of their own ({@link #managementPort()}), the X-Gateway-Latency
 * header, and a token-endpoint circuit breaker that opens after {@link #TOKEN_BREAKER_VOLUME}
 * failures in a row and tries again after a second, so the readiness test opens and closes it
 * within seconds. A test here must reach /q/* on the management port, close the breakers first
 * and leave the token endpoint working.
 */
public class ManagementInterface implements QuarkusTestProfile {

    /** The management port as configured (the profile and the test may live in different class loaders). */
    public static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
    public static final int TOKEN_BREAKER_VOLUME = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.management.enabled", "true",
                "quarkus.management.test-port", Integer.toString(LocalPorts.free()),
                "gateway.observability.proxy-latency-header", "true",
                "gateway.upstream.resilience.token-breaker.request-volume", Integer.toString(TOKEN_BREAKER_VOLUME),
                "gateway.upstream.resilience.token-breaker.failure-ratio", "1.0",
                "gateway.upstream.resilience.token-breaker.delay", "1S",
                "gateway.upstream.resilience.token-breaker.success-threshold", "1");
    }
}
