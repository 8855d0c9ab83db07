package com.connectgateway.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code gateway.observability.*}: what the gateway adds to logs and answers for operators (docs/operations.md). */
@ConfigMapping(prefix = "gateway.observability")
public interface ObservabilityConfig {

    /** Adds {@code X-Gateway-Latency} (the gateway's own milliseconds) to legacy answers; off, as it tells clients about internals. */
    @WithDefault("false")
    boolean proxyLatencyHeader();

    /** One line per legacy request on logger {@code com.connectgateway.access}. */
    @WithDefault("true")
    boolean accessLog();

    /** Longest CoordinationId / correlation id kept in the log context; longer ones are cut (clients choose them). */
    @WithDefault("64")
    int mdcValueMaxLength();
}
