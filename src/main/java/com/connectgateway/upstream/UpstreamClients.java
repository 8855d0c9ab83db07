package com.connectgateway.upstream;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Builds the REST clients to the upstream, all with the same connect timeout and no default error mapper. */
final class UpstreamClients {

    private UpstreamClients() {
    }

    static <T> T build(Class<T> type, URI base, UpstreamConfig config, Duration readTimeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // Status codes are interpreted by the calling bean, not turned into exceptions.
                .disableDefaultMapper(true)
                .build(type);
    }
}
