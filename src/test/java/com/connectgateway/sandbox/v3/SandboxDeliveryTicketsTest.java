package com.connectgateway.sandbox.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Delivery tickets: unguessable, reusable, gone after 24 hours. A plain unit test with a clock it moves. */
class SandboxDeliveryTicketsTest {

    /** A clock tests move forward by hand, so expiry needs no sleeping. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final DeliveryTickets tickets = new DeliveryTickets(clock);

    @Test
    void aTicketServesItsImageForTwentyFourHours() {
        String ticket = tickets.issue("100000007");
        assertThat(tickets.imageId(ticket)).contains("100000007");
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(tickets.imageId(ticket)).contains("100000007");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tickets.imageId(ticket)).isEmpty();
    }

    @Test
    void ticketsAreRandomAndUrlSafe() {
        String first = tickets.issue("100000007");
        String second = tickets.issue("100000007");
        assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{43}");
        assertThat(tickets.imageId(first)).contains("100000007");
        assertThat(tickets.imageId(second)).contains("100000007");
    }

    @Test
    void unknownAndClearedTicketsServeNothing() {
        assertThat(tickets.imageId("no-such-ticket")).isEmpty();
        assertThat(tickets.imageId(null)).isEmpty();
        String ticket = tickets.issue("100000001");
        tickets.clear();
        assertThat(tickets.imageId(ticket)).isEmpty();
    }

    @Test
    void issuingDropsExpiredTicketsAndKeepsLiveOnes() {
        String old = tickets.issue("100000001");
        clock.advance(Duration.ofHours(12));
        String recent = tickets.issue("100000002");
        clock.advance(Duration.ofHours(13));
        tickets.issue("100000003");
        assertThat(tickets.imageId(old)).isEmpty();
        assertThat(tickets.imageId(recent)).contains("100000002");
    }
}
