package com.connectgateway.wire;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Makes {@link LegacyDate}s in the configured zone. */
@ApplicationScoped
public class LegacyDates {

    private final LegacyWireConfig config;

    LegacyDates(LegacyWireConfig config) {
        this.config = config;
    }

    public LegacyDate of(Instant instant) {
        return instant == null ? null : LegacyDate.of(instant, config.timeZone());
    }
}
