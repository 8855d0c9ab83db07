package com.connectgateway.sandbox.v3;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.sandbox.catalog.SandboxProducts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The download history stamps entries with its own clock; the window reads by day unless use_time. */
class SandboxDownloadHistoryClockTest {

    private static final Instant NOON = Instant.parse("2024-03-10T12:00:00Z");

    @Test
    void entriesCarryTheClocksTimeNewestFirstPerUser() {
        SandboxDownloadHistory history = new SandboxDownloadHistory(Clock.fixed(NOON, ZoneOffset.UTC));
        SandboxProducts.Product product = SandboxProducts.byType("premiumaccess").orElseThrow();
        history.record("ann", "1", "image", product, "small", 800, 600, 72, "royaltyfree");
        history.record("bob", "2", "image", product, "small", 800, 600, 72, "royaltyfree");
        history.record("ann", "3", "video", product, "hd1", 1920, 1080, null, "royaltyfree");
        assertThat(history.of("ann")).extracting(SandboxDownloadHistory.Entry::assetId).containsExactly("3", "1");
        assertThat(history.of("ann").get(0).downloaded()).isEqualTo(NOON);
        history.reset();
        assertThat(history.of("ann")).isEmpty();
    }

    @Test
    void byDayTheTimeOfTheBoundsDoesNotCount() {
        HistoryQuery byDay = new HistoryQuery(Instant.parse("2024-03-10T13:00:00Z"), Instant.parse("2024-03-10T13:30:00Z"),
                false, 1, 30);
        assertThat(byDay.covers(NOON)).isTrue();
        assertThat(byDay.covers(Instant.parse("2024-03-11T00:00:00Z"))).isFalse();
        HistoryQuery byTime = new HistoryQuery(byDay.from(), byDay.to(), true, 1, 30);
        assertThat(byTime.covers(NOON)).isFalse();
        assertThat(byTime.covers(Instant.parse("2024-03-10T13:10:00Z"))).isTrue();
    }
}
