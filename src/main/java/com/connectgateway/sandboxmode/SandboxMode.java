package com.connectgateway.sandboxmode;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The single "is the sandbox on?" decision. Reads {@code gateway.upstream.api-url} directly (not
 * {@code UpstreamConfig}) because {@code upstream} sits above this package.
 */
@ApplicationScoped
public class SandboxMode {

    public static final String NO_UPSTREAM_MESSAGE = "No upstream configured: set gateway.upstream.api-url "
            + "(and gateway.upstream.token-url) to a v3 API, or gateway.sandbox.enabled=true "
            + "(or the demo profile) for the built-in demo sandbox.";

    private final UpstreamChoice choice;
    private final SandboxSwitchConfig config;

    SandboxMode(@ConfigProperty(name = "gateway.upstream.api-url") Optional<URI> upstream, SandboxSwitchConfig config) {
        this.choice = UpstreamChoice.decide(upstream.isPresent(), config.enabled());
        this.config = config;
    }

    public UpstreamChoice choice() {
        return choice;
    }

    /** True only when the sandbox is the upstream: then its listener runs and its paths exist. */
    public boolean enabled() {
        return choice == UpstreamChoice.SANDBOX;
    }

    /** Asked for, but a configured upstream took precedence. */
    public boolean overridden() {
        return choice == UpstreamChoice.CONFIGURED && config.enabled();
    }

    public SandboxSwitchConfig config() {
        return config;
    }
}
