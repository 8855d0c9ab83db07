package com.connectgateway.wire;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** How the legacy wire format is read and written. */
@ConfigMapping(prefix = "gateway.legacy")
public interface LegacyWireConfig {

    /** Zone whose offset is written into legacy dates; the legacy service wrote US Pacific. */
    @WithDefault("America/Los_Angeles")
    ZoneId timeZone();

    /** Largest legacy request body accepted; larger ones get 413 with a legacy envelope. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
