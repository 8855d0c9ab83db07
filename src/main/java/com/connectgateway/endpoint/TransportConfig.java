package com.connectgateway.endpoint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Which requests count as HTTPS, and which browser origins may call the operation paths. */
@ConfigMapping(prefix = "gateway.transport")
public interface TransportConfig {

    /**
     * Addresses (CIDR, e.g. {@code 10.0.0.0/8}, or single IPs) of TLS-terminating proxies whose
     * {@code X-Forwarded-Proto: https} is believed. Empty: the header is ignored from everyone.
     */
    Optional<List<String>> trustedProxies();

    /** Origins allowed by CORS on /v1 and /v2; {@code *} allows any. */
    @WithDefault("*")
    List<String> corsOrigins();
}
