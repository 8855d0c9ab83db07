package com.connectgateway.upstream;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * Resolves the upstream addresses: the configured v3 API, or the built-in sandbox served by this
 * same process over its HTTP listener (resolved lazily, since the port may be chosen at start).
 */
@ApplicationScoped
public class UpstreamEndpoints {

    public static final String SANDBOX_ROOT = "/sandbox";
    private static final Logger LOG = Logger.getLogger(UpstreamEndpoints.class);

    private final UpstreamConfig config;
    private final HttpServer httpServer;

    UpstreamEndpoints(UpstreamConfig config, HttpServer httpServer) {
        this.config = config;
        this.httpServer = httpServer;
    }

    void announce(@Observes StartupEvent event) {
        if (sandboxEnabled()) {
            LOG.info("No upstream configured (gateway.upstream.api-url): using the built-in v3 sandbox under "
                    + SANDBOX_ROOT + " with demo credentials. Do not use this mode in production.");
        } else {
            if (config.tokenUrl().isEmpty()) {
                throw new IllegalStateException("gateway.upstream.token-url is required when gateway.upstream.api-url is set");
            }
            LOG.infof("Upstream v3 API: %s, token endpoint: %s", config.apiUrl().get(), config.tokenUrl().get());
        }
    }

    public boolean sandboxEnabled() {
        return config.apiUrl().isEmpty();
    }

    /** Base of the v3 resources; paths such as {@code /v3/search/images} are appended to it. */
    public URI apiBase() {
        return config.apiUrl().orElseGet(this::sandboxBase);
    }

    public URI tokenUrl() {
        return config.tokenUrl().orElseGet(() -> sandboxBase().resolve(SANDBOX_ROOT + "/oauth2/token"));
    }

    private URI sandboxBase() {
        if (!sandboxEnabled()) {
            throw new IllegalStateException("sandbox is disabled");
        }
        return URI.create("http://127.0.0.1:" + httpServer.getPort() + SANDBOX_ROOT);
    }
}
