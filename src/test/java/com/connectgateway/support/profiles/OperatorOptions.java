package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Switches an operator may turn on, independent of each other, in one application so their tests
 * share one start: a loopback TLS-terminating proxy is trusted, UrlAttachment uses the legacy http
 * form, and the gateway logs at DEBUG (TRACE for its own classes) so the log checks see every line.
 * A test here must not depend on X-Forwarded-Proto being ignored or on https delivery URLs.
 */
public class OperatorOptions implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.transport.trusted-proxies", "10.0.0.0/8,127.0.0.1/32,::1/128",
                "gateway.download.legacy-http-delivery-urls", "true",
                "quarkus.log.level", "DEBUG",
                "quarkus.log.category.\"com.connectgateway\".level", "TRACE");
    }
}
