package com.connectgateway.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.profiles.ClosedUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A connection that goes silent (nothing sent, half a head, half a body) is closed by the server
 * after the configured timeout, here shortened by {@link ClosedUpstream}: idle 1 s, waiting for
 * more of a body 0.7 s.
 */
@QuarkusTest
@TestProfile(ClosedUpstream.class)
class ConnectionTimeoutsTest {

    /** Waits well past the timeout: the server must have closed by then, and not long before it. */
    private static void assertClosedAfter(RawExchange exchange, int timeoutMillis) throws Exception {
        RawExchange.Received received = exchange.receive(ClosedUpstream.IDLE_MILLIS * 4);
        assertThat(received.end()).isIn(RawExchange.End.CLOSED, RawExchange.End.RESET);
        assertThat(received.millis()).isBetween(timeoutMillis - 300L, ClosedUpstream.IDLE_MILLIS * 3L);
    }

    @Test
    void silentConnectionIsClosed() throws Exception {
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            assertClosedAfter(exchange, ClosedUpstream.IDLE_MILLIS);
        }
    }

    @Test
    void halfAHeadIsClosed() throws Exception {
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            exchange.send("POST /v1/session/CreateSession HTTP/1.1\r\nHost: gateway\r\nContent-Ty");
            assertClosedAfter(exchange, ClosedUpstream.IDLE_MILLIS);
        }
    }

    /** A body being read waits at most the read timeout for more. */
    @Test
    void halfABodyIsClosed() throws Exception {
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            exchange.send("POST /v1/session/CreateSession HTTP/1.1\r\nHost: gateway\r\nContent-Length: 100\r\n\r\n{\"Requ");
            assertClosedAfter(exchange, ClosedUpstream.READ_MILLIS);
        }
    }

    @Test
    void stalledLargeBodyIsClosedAfterTheReadTimeout() throws Exception {
        byte[] part = new byte[40 * 1024]; // past the REST layer's in-memory buffer, so it reads blocking
        Arrays.fill(part, (byte) ' ');
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            exchange.send("POST /v1/session/CreateSession HTTP/1.1\r\nHost: gateway\r\nContent-Length: 100000\r\n\r\n")
                    .send(part);
            assertClosedAfter(exchange, ClosedUpstream.READ_MILLIS);
        }
    }

    @Test
    void keptAliveConnectionIsClosedWhenIdle() throws Exception {
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            exchange.send("POST /v1/session/Unknown HTTP/1.1\r\nHost: gateway\r\nContent-Length: 20\r\n\r\n{\"RequestHeader\":{}}");
            assertThat(exchange.head(3000)).startsWith("HTTP/1.1 200");
            RawExchange.Received rest = exchange.receive(ClosedUpstream.IDLE_MILLIS * 4);
            assertThat(rest.end()).isIn(RawExchange.End.CLOSED, RawExchange.End.RESET);
        }
    }
}
