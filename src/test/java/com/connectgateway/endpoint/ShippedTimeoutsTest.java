package com.connectgateway.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The timeouts the gateway ships with (application.properties, no profile): Quarkus's defaults keep
 * a silent connection for 30 minutes and drop every in-flight request on SIGTERM.
 */
class ShippedTimeoutsTest {

    private static Duration shipped(String key) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ShippedTimeoutsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String value = properties.getProperty(key);
        assertThat(value).as(key + " in application.properties").isNotBlank();
        return Duration.parse("PT" + value);
    }

    @Test
    void idleConnectionsAreClosedWithinMinutesButNotDuringUpstreamWork() throws Exception {
        Duration idle = shipped("quarkus.http.idle-timeout");
        assertThat(idle).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(2));
        assertThat(shipped("quarkus.http.read-timeout")).isLessThan(idle).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shutdownWaitsLongerThanOneDownloadButLessThanTheUsualKillDeadline() throws Exception {
        // gateway.upstream.resilience.downloads.timeout defaults to 10 s; orchestrators kill after 30 s.
        assertThat(shipped("quarkus.shutdown.timeout")).isGreaterThan(Duration.ofSeconds(10)).isLessThan(Duration.ofSeconds(30));
    }
}
