package com.connectgateway.session;

import com.connectgateway.upstream.ConstantTime;
import com.connectgateway.wire.LegacyFault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Single-flight for RenewSession: concurrent renewals of one session share one renewal (one
 * upstream grant) and all get its pair. A renewal that finished less than
 * {@code gateway.session.renewal-join-window} ago is still shared with callers presenting a pair
 * from before it: they raced it and lost, so a second renewal would only burn another upstream
 * grant. Whoever presents the pair it produced starts a new renewal. The new pair's plain tokens
 * are held in memory for that window only, never written to a store.
 */
@ApplicationScoped
class RenewalFlights {

    private static final Logger LOG = Logger.getLogger(RenewalFlights.class);

    /** What one renewal produced: the pair for the client and the digest of its SecureToken. */
    record Renewal(IssuedTokens tokens, String secureTokenDigest, Instant finishedAt) {
    }

    private final Map<String, CompletableFuture<Renewal>> flights = new ConcurrentHashMap<>();
    private final SessionConfig config;
    private final Clock clock;

    RenewalFlights(SessionConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * The pair of the renewal of {@code sessionId} this caller shares, running {@code renewal} in
     * the caller's thread when there is none to share.
     *
     * @param presentedDigest digest of the SecureToken the caller presented
     */
    IssuedTokens renew(String sessionId, String presentedDigest, Supplier<Renewal> renewal) {
        CompletableFuture<Renewal> mine = new CompletableFuture<>();
        CompletableFuture<Renewal> shared = flights.compute(sessionId,
                (id, current) -> joinable(current, presentedDigest) ? current : mine);
        if (shared == mine) {
            run(sessionId, mine, renewal);
        } else {
            LOG.debugf("RenewSession of session %s joins a concurrent renewal", sessionId);
        }
        try {
            return shared.join().tokens();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LegacyFault fault) {
                // A copy per caller: each answer gets its own fault.
                throw new LegacyFault(fault.code(), fault.getMessage());
            }
            throw e.getCause() instanceof RuntimeException unexpected ? unexpected : e;
        }
    }

    private boolean joinable(CompletableFuture<Renewal> flight, String presentedDigest) {
        if (flight == null || flight.isCompletedExceptionally()) {
            return false;
        }
        if (!flight.isDone()) {
            return true;
        }
        Renewal done = flight.join();
        return !ConstantTime.equals(done.secureTokenDigest(), presentedDigest)
                && clock.instant().isBefore(done.finishedAt().plus(config.renewalJoinWindow()));
    }

    private void run(String sessionId, CompletableFuture<Renewal> flight, Supplier<Renewal> renewal) {
        try {
            flight.complete(renewal.get());
            // Forget it after the join window, so the map holds only recent renewals.
            CompletableFuture.delayedExecutor(config.renewalJoinWindow().toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> flights.remove(sessionId, flight));
        } catch (Throwable failure) { // whatever happens, the callers waiting on it are released
            // A failed renewal is not shared beyond the callers already waiting: the next one retries.
            flights.remove(sessionId, flight);
            flight.completeExceptionally(failure);
        }
    }
}
