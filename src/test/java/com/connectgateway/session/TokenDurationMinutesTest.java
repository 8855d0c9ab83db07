package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** TokenDurationMinutes is whole minutes rounded up, so sub-minute lifetimes still read as positive. */
class TokenDurationMinutesTest {

    @Test
    void roundedUpToWholeMinutes() {
        assertThat(SessionBroker.durationMinutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(SessionBroker.durationMinutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(SessionBroker.durationMinutes(Duration.ofMinutes(30))).isEqualTo(30);
        assertThat(SessionBroker.durationMinutes(Duration.ofHours(48))).isEqualTo(2880);
    }
}
