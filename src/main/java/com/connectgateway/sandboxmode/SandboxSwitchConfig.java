package com.connectgateway.sandboxmode;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The sandbox opt-in and its listener. Shares the {@code gateway.sandbox} prefix with the
 * sandbox's own behaviour settings, which exist only in a build that carries it.
 */
@ConfigMapping(prefix = "gateway.sandbox")
public interface SandboxSwitchConfig {

    /** Opt-in: without it and without an upstream the gateway refuses to start. */
    @WithDefault("false")
    boolean enabled();

    /** Address the sandbox listener binds to; loopback, so its fake OAuth server and control endpoints stay local. */
    @WithDefault("127.0.0.1")
    String host();

    /** Port of the sandbox listener; 0 picks a free one (tests). */
    @WithDefault("8090")
    int port();
}
