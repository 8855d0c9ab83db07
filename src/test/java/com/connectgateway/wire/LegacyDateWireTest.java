package com.connectgateway.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written wire form against the {@code String.format} it replaced, for many instants
 * and every kind of offset (negative, half-hour, zero, historical offsets with seconds).
 */
class LegacyDateWireTest {

    /** The former LegacyDate.toWire, kept here as the reference. */
    private static String formatted(LegacyDate date) {
        int seconds = date.offset().getTotalSeconds();
        char sign = seconds < 0 ? '-' : '+';
        int abs = Math.abs(seconds);
        return String.format("\\/Date(%d%c%02d%02d)\\/", date.instant().toEpochMilli(), sign, abs / 3600, (abs % 3600) / 60);
    }

    @Test
    void sameTextAsStringFormatForManyInstantsAndOffsets() {
        SplittableRandom random = new SplittableRandom(11);
        List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.MIN, ZoneOffset.MAX, ZoneOffset.ofHoursMinutes(5, 30),
                ZoneOffset.ofHoursMinutes(-2, -30), ZoneOffset.ofHoursMinutesSeconds(-7, -52, -58),
                ZoneOffset.ofTotalSeconds(-30), ZoneOffset.ofTotalSeconds(59), ZoneOffset.ofHours(-10), ZoneOffset.ofHours(14));
        for (int i = 0; i < 20_000; i++) {
            // Years -9999..9999 (within epoch milliseconds), plus small values around the epoch.
            long millis = i % 4 == 0 ? random.nextLong(-100_000, 100_000) : random.nextLong(-377_705_116_800_000L, 253_402_300_799_999L);
            ZoneOffset offset = i % 3 == 0 ? offsets.get(random.nextInt(offsets.size()))
                    : ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1));
            LegacyDate date = new LegacyDate(Instant.ofEpochMilli(millis), offset);
            assertThat(date.toWire()).isEqualTo(formatted(date));
            assertThat(date.toQuotedWire()).isEqualTo('"' + formatted(date) + '"');
        }
    }

    @Test
    void zonesOfTheRealWorldAcrossTheirTransitions() {
        for (String zone : List.of("America/Los_Angeles", "Europe/London", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe",
                "Pacific/Chatham", "Asia/Kathmandu")) {
            for (long millis = -2_208_988_800_000L; millis < 4_102_444_800_000L; millis += 86_399_999L * 29) {
                LegacyDate date = LegacyDate.of(Instant.ofEpochMilli(millis), ZoneId.of(zone));
                assertThat(date.toWire()).isEqualTo(formatted(date));
            }
        }
    }

    @Test
    void extremesOfTheMillisecondRange() {
        for (long millis : new long[] { Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE }) {
            LegacyDate date = new LegacyDate(Instant.ofEpochMilli(millis), ZoneOffset.ofHours(-8));
            assertThat(date.toWire()).isEqualTo(formatted(date));
        }
    }

    @Test
    void jacksonStillWritesItRaw() throws Exception {
        LegacyDate date = new LegacyDate(Instant.ofEpochMilli(-1), ZoneOffset.ofHoursMinutes(-2, -30));
        assertThat(new ObjectMapper().writeValueAsString(Map.of("D", date))).isEqualTo("{\"D\":\"\\/Date(-1-0230)\\/\"}");
    }
}
