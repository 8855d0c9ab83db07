package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.support.SettableClock;
import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.TokenGrant;
import com.connectgateway.upstream.UpstreamToken;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How {@link UpstreamTokenRefresher} shares refreshes with other replicas through {@link RefreshLeases}:
 * while another replica holds the lease it asks the token endpoint nothing and takes the token that
 * replica stores; it refreshes itself only once the lease is free and the token still due.
 */
class RefreshLeaseTest {

    private final SettableClock clock = new SettableClock();
    private final SessionConfig config = InMemorySessionStoreTest.config(10, Duration.ofHours(1));
    private final InMemorySessionStore store = new InMemorySessionStore(config, clock, new SessionLimitCounters());
    private final AtomicInteger grants = new AtomicInteger();
    private final AtomicBoolean heldElsewhere = new AtomicBoolean(true);
    private final AtomicInteger taken = new AtomicInteger();
    private final RefreshLeases leases = sessionId -> {
        if (heldElsewhere.get()) {
            return Optional.empty();
        }
        taken.incrementAndGet();
        return Optional.of(() -> { });
    };
    private UpstreamTokenRefresher refresher;

    @AfterEach
    void stop() {
        refresher.stop();
    }

    private void refresher(Duration waitLimit) {
        UpstreamGrant grant = (ApiCredentials credentials, TokenGrant kind) -> {
            Instant now = clock.instant();
            return new UpstreamToken("mine-" + grants.incrementAndGet(), "refresh", now.plus(Duration.ofMinutes(30)), now);
        };
        refresher = new UpstreamTokenRefresher(store, leases, grant, config, waitLimit, clock);
    }

    private Session expiredSession() {
        Instant now = clock.instant();
        Session session = new Session("s", SessionKind.USER, "k", List.of(new TokenPair("t", "st")), new ApiCredentials("k", "s"),
                new UpstreamToken("old", "refresh", now.minusSeconds(1), now.minusSeconds(1800)), now.plus(Duration.ofMinutes(30)));
        store.add(session);
        return session;
    }

    @Test
    void whileAnotherReplicaHoldsTheLeaseItsStoredTokenIsUsedWithoutAGrant() throws Exception {
        refresher(Duration.ofSeconds(5));
        Session session = expiredSession();

        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> refresher.accessToken(session));
        Thread.sleep(100);
        assertThat(waiting).as("waits: the token it has expired").isNotDone();
        // The lease holder stores its new token, as another replica would through the shared store.
        store.update("s", s -> s.withUpstream(new UpstreamToken("theirs", "refresh", clock.instant().plus(Duration.ofMinutes(30)),
                clock.instant())));

        assertThat(waiting.get(2, TimeUnit.SECONDS)).isEqualTo("theirs");
        assertThat(grants).hasValue(0);
        assertThat(taken).hasValue(0);
    }

    @Test
    void aFreedLeaseWithTheTokenStillDueIsTakenAndUsedForOneGrant() throws Exception {
        refresher(Duration.ofSeconds(5));
        Session session = expiredSession();

        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> refresher.accessToken(session));
        Thread.sleep(100);
        heldElsewhere.set(false); // the other replica gave up without storing a token

        assertThat(waiting.get(2, TimeUnit.SECONDS)).isEqualTo("mine-1");
        assertThat(grants).hasValue(1);
        assertThat(taken).hasValue(1);
    }

    @Test
    void aLeaseThatIsNeverFreedIsDependentServiceDownAfterTheWaitLimit() {
        refresher(Duration.ofMillis(300));
        Session session = expiredSession();

        assertThatThrownBy(() -> refresher.accessToken(session)).isInstanceOfSatisfying(LegacyFault.class,
                fault -> assertThat(fault.code()).isEqualTo(StatusCode.DEPENDENT_SERVICE_DOWN));
        assertThat(grants).hasValue(0);
    }
}
