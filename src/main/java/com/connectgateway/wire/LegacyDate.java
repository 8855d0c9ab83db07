package com.connectgateway.wire;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A point in time in the .NET JSON form the legacy service wrote: {@code "\/Date(1294868991374-0800)\/"}.
 * The offset is that of the configured zone at that instant, and always carries its sign because
 * some clients split on it.
 */
@JsonSerialize(using = LegacyDateSerializer.class)
@RegisterForReflection
public record LegacyDate(Instant instant, ZoneOffset offset) {

    public static LegacyDate of(Instant instant, ZoneId zone) {
        return new LegacyDate(instant, zone.getRules().getOffset(instant));
    }

    /** The JSON string content, with the solidus escaped as the legacy service wrote it. */
    public String toWire() {
        int seconds = offset.getTotalSeconds();
        char sign = seconds < 0 ? '-' : '+';
        int abs = Math.abs(seconds);
        return String.format("\\/Date(%d%c%02d%02d)\\/", instant.toEpochMilli(), sign, abs / 3600, (abs % 3600) / 60);
    }
}
