package com.connectgateway.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Behaviour of the built-in v3 sandbox (whether it runs at all: {@code sandboxmode.SandboxSwitchConfig}). */
@ConfigMapping(prefix = "gateway.sandbox")
public interface SandboxConfig {

    /** Lifetime of the access tokens it issues ({@code expires_in}). */
    @WithDefault("1800S")
    Duration tokenLifetime();
}
