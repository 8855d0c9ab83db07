package com.connectgateway.upstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the v3 API and its OAuth2 token endpoint are, and how long calls to them may take. */
@ConfigMapping(prefix = "gateway.upstream")
public interface UpstreamConfig {

    /**
     * Base URL of the v3 API (e.g. https://api.gettyimages.com). Absent: the built-in sandbox when
     * {@code gateway.sandbox.enabled}, otherwise the gateway refuses to start.
     */
    Optional<URI> apiUrl();

    /** Full URL of the OAuth2 token endpoint. Required when {@code api-url} is set. */
    Optional<URI> tokenUrl();

    /** Connect timeout of every upstream call. */
    @WithDefault("2S")
    Duration connectTimeout();

    /**
     * Socket read timeout of the v3 HTTP client: a backstop only, the per-call timeouts are the
     * {@code gateway.upstream.resilience.*} ones.
     */
    @WithDefault("10S")
    Duration apiTimeout();

    /** ISO alpha-3 country sent as GI-Country-Code on searches (needs key-side set-up at Getty). */
    Optional<String> countryCode();

    /** Longest wait for an answer from the token endpoint. */
    @WithDefault("5S")
    Duration tokenTimeout();
}
