package com.connectgateway.wire;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.ZoneId;

/** {@link LegacyDates} in the default zone, for unit tests that run without the application. */
public final class TestDates {

    private TestDates() {
    }

    public static LegacyDates pacific() {
        return new LegacyDates(new LegacyWireConfig() {
            @Override
            public ZoneId timeZone() {
                return ZoneId.of("America/Los_Angeles");
            }

            @Override
            public MemorySize maxBodySize() {
                return new MemorySize(BigInteger.valueOf(1024 * 1024));
            }
        });
    }
}
