package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.SettableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A storm of warnings is one line per interval, and the next line counts what was left out. */
class RateLimitedWarningTest {

    private final SettableClock clock = new SettableClock();
    private final List<String> lines = new ArrayList<>();
    private final RateLimitedWarning warning = new RateLimitedWarning(lines::add, Duration.ofSeconds(10), clock);

    @Test
    void oneLinePerIntervalWithTheCountOfTheRest() {
        for (int i = 0; i < 3900; i++) {
            warning.warn("refused");
        }
        assertThat(lines).containsExactly("refused");

        clock.advance(Duration.ofSeconds(9));
        warning.warn("refused");
        assertThat(lines).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        warning.warn("refused again");
        assertThat(lines).containsExactly("refused", "refused again (3900 more since the previous such line)");

        clock.advance(Duration.ofSeconds(10));
        warning.warn("calm");
        assertThat(lines).last().isEqualTo("calm");
    }
}
