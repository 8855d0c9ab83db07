package com.connectgateway.sandbox.v3;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one form the sandbox writes dates in, to the second with the offset ({@code 2017-09-12T00:00:00Z} in UTC). */
final class SandboxDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private SandboxDates() {
    }

    static String iso(OffsetDateTime time) {
        return time == null ? null : ISO.format(time);
    }

    static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant.atOffset(ZoneOffset.UTC));
    }
}
