package com.connectgateway.support.profiles;

import com.connectgateway.tls.OperatorKeyStore;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Switches an operator may turn on, independent of each other, in one application so their tests
 * share one start: a loopback TLS-terminating proxy is trusted, UrlAttachment uses the legacy http
 * form, HTTPS serves a certificate from a named TLS configuration (a key store written here),
 * legacy sessions outlive a day (so a test moving the clock past the 24-hour download-token
 * lifetime sees the token expire, not the session), and the gateway logs at DEBUG (TRACE for its
 * own classes) so the log checks see every line.
 * A test here must not depend on X-Forwarded-Proto being ignored, on https delivery URLs, on a
 * generated certificate or on the default session lifetime.
 */
public class OperatorOptions implements QuarkusTestProfile {

    /** The operator key store's password; the log checks look for it too. */
    public static final String KEY_STORE_PASSWORD = "test-only-store";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.transport.trusted-proxies", "10.0.0.0/8,127.0.0.1/32,::1/128",
                "gateway.download.legacy-http-delivery-urls", "true",
                "gateway.session.token-duration", "48H",
                "quarkus.tls.operator.key-store.p12.path", OperatorKeyStore.write(KEY_STORE_PASSWORD).toString(),
                "quarkus.tls.operator.key-store.p12.password", KEY_STORE_PASSWORD,
                "quarkus.http.tls-configuration-name", "operator",
                "quarkus.log.level", "DEBUG",
                "quarkus.log.category.\"com.connectgateway\".level", "TRACE",
                // REST Assured's client, i.e. the tests' side of the wire: its DEBUG wire dump is noise.
                "quarkus.log.category.\"org.apache.http\".level", "INFO");
    }
}
