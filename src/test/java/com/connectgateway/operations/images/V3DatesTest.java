package com.connectgateway.operations.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-read v3 date forms give what java.time's ISO parsers gave, for well-formed and broken text alike. */
class V3DatesTest {

    @Test
    void theFormsV3Sends() {
        assertThat(V3Dates.instant("2017-09-12T00:00:00Z")).isEqualTo(Instant.parse("2017-09-12T00:00:00Z"));
        assertThat(V3Dates.instant("2013-01-12T13:49:51-08:00")).isEqualTo(Instant.parse("2013-01-12T21:49:51Z"));
        assertThat(V3Dates.instant("2006-04-10T23:59:20")).isEqualTo(Instant.parse("2006-04-10T23:59:20Z"));
        assertThat(V3Dates.instant("2006-04-10")).isEqualTo(Instant.parse("2006-04-10T00:00:00Z"));
        assertThat(V3Dates.instant("2016-03-01T09:15:02.123+05:30")).isEqualTo(Instant.parse("2016-03-01T03:45:02.123Z"));
        assertThat(V3Dates.common("2017-09-12T00:00:00Z")).as("read by hand").isNotNull();
    }

    @Test
    void nothingReadable() {
        for (String text : new String[] { null, "", "  ", "yesterday", "2017-02-30", "2017-13-01T00:00:00Z", "2017-01-01T24:00:00Z",
                "2017-01-01T00:00:00+19:00", "2017-01-01T00:00:00.Z" }) {
            assertThat(V3Dates.instant(text)).as(text).isEqualTo(text == null || text.isBlank() ? null : V3Dates.byJavaTime(text));
        }
        assertThat(V3Dates.instant("2017-02-30")).isNull();
    }

    @Test
    void sameInstantAsJavaTimeForManyDatesAndTheirMutations() {
        SplittableRandom random = new SplittableRandom(11);
        int readByHand = 0;
        for (int i = 0; i < 10_000; i++) {
            for (String text : variants(random)) {
                assertThat(V3Dates.instant(text)).as(text).isEqualTo(V3Dates.byJavaTime(text));
                readByHand += V3Dates.common(text) != null ? 1 : 0;
            }
        }
        assertThat(readByHand).as("many generated dates take the fast path").isGreaterThan(5_000);
    }

    /** A generated date in one of v3's forms (fields sometimes out of range), and copies with one character changed or cut. */
    private static List<String> variants(SplittableRandom random) {
        String date = String.format("%04d-%02d-%02d", random.nextInt(0, 10_000), random.nextInt(0, 14), random.nextInt(0, 33));
        String time = String.format("T%02d:%02d:%02d", random.nextInt(0, 25), random.nextInt(0, 61), random.nextInt(0, 61));
        String fraction = random.nextInt(4) == 0 ? "." + "123456789012".substring(0, random.nextInt(0, 12)) : "";
        String zone = switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "Z";
            case 2 -> "z";
            case 3 -> String.format("%c%02d:%02d", random.nextBoolean() ? '+' : '-', random.nextInt(0, 20), random.nextInt(0, 61));
            case 4 -> String.format("%c%02d%02d", random.nextBoolean() ? '+' : '-', random.nextInt(0, 19), random.nextInt(0, 60));
            default -> "-08:00";
        };
        String text = random.nextInt(5) == 0 ? date : date + time + fraction + zone;
        List<String> out = new ArrayList<>(List.of(text));
        int at = random.nextInt(text.length());
        out.add(text.substring(0, at));
        out.add(text.substring(0, at) + "x:-+.T0 9".charAt(random.nextInt(9)) + text.substring(at + 1));
        return out;
    }
}
