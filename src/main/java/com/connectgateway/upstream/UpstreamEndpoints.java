package com.connectgateway.upstream;

import com.connectgateway.sandboxmode.SandboxAddress;
import com.connectgateway.sandboxmode.SandboxMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * Resolves the upstream addresses: the configured v3 API, or the built-in sandbox on its own
 * listener, which is called over HTTP like any other v3 (resolved lazily: its port may be chosen
 * at start). Refuses the start when there is neither.
 */
@ApplicationScoped
public class UpstreamEndpoints {

    /** The token endpoint under the sandbox's base, as under a real v3 authentication host. */
    private static final String SANDBOX_TOKEN_PATH = "/oauth2/token";
    private static final Logger LOG = Logger.getLogger(UpstreamEndpoints.class);

    private final UpstreamConfig config;
    private final SandboxMode sandbox;
    private final SandboxAddress sandboxAddress;

    UpstreamEndpoints(UpstreamConfig config, SandboxMode sandbox, SandboxAddress sandboxAddress) {
        this.config = config;
        this.sandbox = sandbox;
        this.sandboxAddress = sandboxAddress;
    }

    /** ConfigurationException: Quarkus prints just its message and exits with status 1. */
    void announce(@Observes StartupEvent event) {
        switch (sandbox.choice()) {
            case NONE -> throw new ConfigurationException(SandboxMode.NO_UPSTREAM_MESSAGE);
            case SANDBOX -> {
                URI base = sandboxAddress.base().orElseThrow(() -> new ConfigurationException(
                        "gateway.sandbox.enabled=true, but this build has no sandbox (built with -Pno-sandbox): "
                                + "set gateway.upstream.api-url and gateway.upstream.token-url."));
                LOG.infof("No upstream configured; sandbox enabled: using the built-in v3 sandbox at %s with public"
                        + " demo credentials. Do not use this mode in production.", base);
            }
            case CONFIGURED -> {
                if (config.tokenUrl().isEmpty()) {
                    throw new ConfigurationException(
                            "gateway.upstream.token-url is required when gateway.upstream.api-url is set");
                }
                if (sandbox.overridden()) {
                    LOG.info("gateway.sandbox.enabled is ignored: gateway.upstream.api-url is set, the sandbox is not started");
                }
                LOG.infof("Upstream v3 API: %s, token endpoint: %s", config.apiUrl().get(), config.tokenUrl().get());
            }
        }
    }

    public boolean sandboxEnabled() {
        return sandbox.enabled();
    }

    /** Base of the v3 resources; paths such as {@code /v3/search/images} are appended to it. */
    public URI apiBase() {
        return config.apiUrl().orElseGet(this::sandboxBase);
    }

    public URI tokenUrl() {
        return config.tokenUrl().orElseGet(() -> URI.create(sandboxBase() + SANDBOX_TOKEN_PATH));
    }

    private URI sandboxBase() {
        if (!sandbox.enabled()) {
            throw new IllegalStateException("no upstream configured and the sandbox is disabled");
        }
        return sandboxAddress.base().orElseThrow(() -> new IllegalStateException("sandbox listener not bound"));
    }
}
