package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A deadline counts down on its own ticker and caps waits at what is left. */
class DeadlineTest {

    private final AtomicLong nanos = new AtomicLong(Long.MAX_VALUE - 1_000_000_000L); // overflows during the test

    private Deadline inOneSecond() {
        return Deadline.after(Duration.ofSeconds(1), nanos::get);
    }

    private void pass(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void countsDownAndExpires() {
        Deadline deadline = inOneSecond();
        assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(1));
        pass(Duration.ofMillis(700));
        assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(300));
        assertThat(deadline.expired()).isFalse();
        pass(Duration.ofMillis(300));
        assertThat(deadline.expired()).isTrue();
        pass(Duration.ofSeconds(5));
        assertThat(deadline.remaining()).isEqualTo(Duration.ZERO);
        assertThat(deadline.budget()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void limitsATimeoutToWhatIsLeft() {
        Deadline deadline = inOneSecond();
        assertThat(deadline.limit(Duration.ofMillis(400))).isEqualTo(Duration.ofMillis(400));
        assertThat(deadline.cuts(Duration.ofMillis(400))).isFalse();
        pass(Duration.ofMillis(800));
        assertThat(deadline.limit(Duration.ofMillis(400))).isEqualTo(Duration.ofMillis(200));
        assertThat(deadline.cuts(Duration.ofMillis(400))).isTrue();
    }

    @Test
    void noneNeverCutsATimeout() {
        Deadline none = Deadline.none();
        assertThat(none.expired()).isFalse();
        assertThat(none.limit(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
        assertThat(none.cuts(Duration.ofHours(1))).isFalse();
    }
}
