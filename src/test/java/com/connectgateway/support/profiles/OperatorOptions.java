package com.connectgateway.support.profiles;

import com.connectgateway.tls.OperatorKeyStore;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Switches an operator may turn on, independent of each other, in one application so their tests
 * share one start: a loopback TLS-terminating proxy is trusted, UrlAttachment uses the legacy http
 * form, HTTPS serves a certificate from a named TLS configuration (a key store written here),
 * legacy sessions outlive a day (so a test moving the clock past the 24-hour download-token
 * lifetime sees the token expire, not the session), the gateway logs at DEBUG (TRACE for its
 * own classes) so the log checks see every line, and the v3 bulkhead and breaker are small (a
 * bulkhead of {@link #MAX_CONCURRENT_CALLS} calls; a breaker that opens after
 * {@link #BREAKER_VOLUME} failures in a row and tries again after a second), so the bulkhead and
 * breaker tests need only a few requests. Bulkhead refusals are not breaker failures; every test
 * here calls v3 one call at a time and never fails four in a row, and the bulkhead and breaker
 * tests close the breakers first.
 * A test here must not depend on X-Forwarded-Proto being ignored, on https delivery URLs, on a
 * generated certificate, on the default session lifetime or on more than two v3 calls at once.
 */
public class OperatorOptions implements QuarkusTestProfile {

    /** The operator key store's password; the log checks look for it too. */
    public static final String KEY_STORE_PASSWORD = "test-only-store";
    public static final int MAX_CONCURRENT_CALLS = 2;
    public static final int BREAKER_VOLUME = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("gateway.transport.trusted-proxies", "10.0.0.0/8,127.0.0.1/32,::1/128"),
                Map.entry("gateway.download.legacy-http-delivery-urls", "true"),
                Map.entry("gateway.session.token-duration", "48H"),
                Map.entry("gateway.upstream.resilience.max-concurrent-calls", String.valueOf(MAX_CONCURRENT_CALLS)),
                Map.entry("gateway.upstream.resilience.v3-breaker.request-volume", String.valueOf(BREAKER_VOLUME)),
                Map.entry("gateway.upstream.resilience.v3-breaker.failure-ratio", "1.0"),
                Map.entry("gateway.upstream.resilience.v3-breaker.delay", "1S"),
                Map.entry("gateway.upstream.resilience.v3-breaker.success-threshold", "1"),
                Map.entry("quarkus.tls.operator.key-store.p12.path", OperatorKeyStore.write(KEY_STORE_PASSWORD).toString()),
                Map.entry("quarkus.tls.operator.key-store.p12.password", KEY_STORE_PASSWORD),
                Map.entry("quarkus.http.tls-configuration-name", "operator"),
                Map.entry("quarkus.log.level", "DEBUG"),
                Map.entry("quarkus.log.category.\"com.connectgateway\".level", "TRACE"),
                // Not request handling, and thousands of lines per start: build steps, class loading,
                // CDI, certificate parsing, and REST Assured's client (the tests' side of the wire).
                Map.entry("quarkus.log.category.\"io.quarkus.bootstrap\".level", "INFO"),
                Map.entry("quarkus.log.category.\"io.quarkus.deployment\".level", "INFO"),
                Map.entry("quarkus.log.category.\"io.quarkus.arc\".level", "INFO"),
                Map.entry("quarkus.log.category.\"jdk.event.security\".level", "INFO"),
                Map.entry("quarkus.log.category.\"org.apache.http\".level", "INFO"));
    }
}
