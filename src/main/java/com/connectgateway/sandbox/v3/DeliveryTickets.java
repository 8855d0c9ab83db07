package com.connectgateway.sandbox.v3;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's delivery links: a successful download mints a random ticket that serves the
 * image's file for 24 hours, as v3's download URIs do. Tickets are reusable until they expire.
 */
@ApplicationScoped
public class DeliveryTickets {

    static final Duration VALIDITY = Duration.ofHours(24);

    private record Ticket(String imageId, Instant expiresAt) {
    }

    // An instance field, not static: a native image must not freeze a seeded generator.
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Clock clock;

    DeliveryTickets() {
        this(Clock.systemUTC());
    }

    /** For unit tests that move time forward. */
    DeliveryTickets(Clock clock) {
        this.clock = clock;
    }

    /** A new unguessable ticket for the image's file. */
    String issue(String imageId) {
        Instant now = clock.instant();
        // Dropping expired tickets here keeps the map bounded by one day of downloads.
        tickets.values().removeIf(ticket -> !now.isBefore(ticket.expiresAt()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Ticket(imageId, now.plus(VALIDITY)));
        return ticket;
    }

    /** The image a ticket delivers; empty when the ticket is unknown or expired. */
    Optional<String> imageId(String ticket) {
        Ticket found = ticket == null ? null : tickets.get(ticket);
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(found.imageId());
    }

    public void clear() {
        tickets.clear();
    }
}
