package com.connectgateway.upstream;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Builds the REST client of the token endpoint: the configured connect timeout, no default error mapper. */
final class UpstreamClients {

    private UpstreamClients() {
    }

    /** A client with the REST client's default connection pool (50 per host). */
    static <T> T build(Class<T> type, URI base, UpstreamConfig config, Duration readTimeout) {
        return builder(base, config, readTimeout).build(type);
    }

    private static QuarkusRestClientBuilder builder(URI base, UpstreamConfig config, Duration readTimeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // Status codes are interpreted by the calling bean, not turned into exceptions.
                .disableDefaultMapper(true);
    }
}
