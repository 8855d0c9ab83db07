package com.connectgateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogTest {

    private static String tenths(long nanos) {
        StringBuilder line = new StringBuilder();
        AccessLog.tenths(line, nanos);
        return line.toString();
    }

    @Test
    void durationsAreMillisecondsWithOneDecimalRoundedHalfUp() {
        assertThat(tenths(0)).isEqualTo("0.0");
        assertThat(tenths(49_999)).isEqualTo("0.0");
        assertThat(tenths(50_000)).isEqualTo("0.1");
        assertThat(tenths(1_049_999)).isEqualTo("1.0");
        assertThat(tenths(1_050_000)).isEqualTo("1.1");
        assertThat(tenths(123_456_789)).isEqualTo("123.5");
        assertThat(tenths(20_000_000_000L)).isEqualTo("20000.0");
    }
}
