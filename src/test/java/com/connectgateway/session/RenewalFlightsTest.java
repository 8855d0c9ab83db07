package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.support.SettableClock;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenewalFlightsTest {

    private final SettableClock clock = new SettableClock();
    private final RenewalFlights flights = new RenewalFlights(InMemorySessionStoreTest.config(10, Duration.ofHours(1)), clock);
    private final AtomicInteger runs = new AtomicInteger();

    private RenewalFlights.Renewal renewal(String name) {
        runs.incrementAndGet();
        return new RenewalFlights.Renewal(new IssuedTokens("t-" + name, "s-" + name, 30), "s-" + name, clock.instant());
    }

    @Test
    void callersArrivingWhileARenewalRunsShareIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<IssuedTokens> leader = pool.submit(() -> flights.renew("a", "s-0", () -> {
                running.countDown();
                await(release);
                return renewal("1");
            }));
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<IssuedTokens>> joiners = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                joiners.add(pool.submit(() -> flights.renew("a", "s-0", () -> renewal("other"))));
            }
            release.countDown();
            assertThat(leader.get().secureToken()).isEqualTo("s-1");
            for (Future<IssuedTokens> joiner : joiners) {
                assertThat(joiner.get().secureToken()).isEqualTo("s-1");
            }
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFinishedRenewalIsSharedWithOlderPairsInsideTheWindowOnly() {
        flights.renew("a", "s-0", () -> renewal("1"));
        assertThat(flights.renew("a", "s-0", () -> renewal("2")).secureToken()).isEqualTo("s-1");
        assertThat(flights.renew("a", "s-1", () -> renewal("3")).secureToken()).as("its own pair renews anew").isEqualTo("s-3");
        clock.advance(Duration.ofSeconds(6));
        assertThat(flights.renew("a", "s-0", () -> renewal("4")).secureToken()).isEqualTo("s-4");
        assertThat(flights.renew("b", "s-0", () -> renewal("5")).secureToken()).as("another session").isEqualTo("s-5");
        assertThat(runs).hasValue(4);
    }

    @Test
    void aFailedRenewalIsNotSharedAfterwards() {
        assertThatThrownBy(() -> flights.renew("a", "s-0", () -> {
            throw new LegacyFault(StatusCode.FAILED_TO_RENEW_TOKEN);
        })).isInstanceOfSatisfying(LegacyFault.class, f -> assertThat(f.code()).isEqualTo(StatusCode.FAILED_TO_RENEW_TOKEN));
        assertThat(flights.renew("a", "s-0", () -> renewal("1")).secureToken()).isEqualTo("s-1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
