package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.connectgateway.support.SettableClock;
import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.TokenEndpointException;
import com.connectgateway.upstream.TokenGrant;
import com.connectgateway.upstream.UpstreamToken;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The refresh rules of {@link UpstreamTokenRefresher}, against a counting fake token endpoint. */
class UpstreamTokenRefresherTest {

    private final SettableClock clock = new SettableClock();
    private final SessionConfig config = InMemorySessionStoreTest.config(10, Duration.ofHours(1));
    private final InMemorySessionStore store = new InMemorySessionStore(config, clock, new SessionLimitCounters());
    private final AtomicInteger calls = new AtomicInteger();
    private UpstreamTokenRefresher refresher;

    @AfterEach
    void stop() {
        if (refresher != null) {
            refresher.stop();
        }
    }

    private void endpoint(BiFunction<Integer, Instant, UpstreamToken> answer) {
        UpstreamGrant grant = (ApiCredentials credentials, TokenGrant kind) -> answer.apply(calls.incrementAndGet(), clock.instant());
        refresher = new UpstreamTokenRefresher(store, grant, config, Duration.ofSeconds(2), clock);
    }

    /** Tokens "fresh-1", "fresh-2", ... living {@code lifetime}. */
    private void issuing(Duration lifetime) {
        endpoint((n, now) -> new UpstreamToken("fresh-" + n, "refresh-" + n, now.plus(lifetime), now));
    }

    private Session open(Duration lifetime) {
        Instant now = clock.instant();
        Session session = new Session("s1", SessionKind.USER, "k", List.of(new TokenPair("t", "st")), new ApiCredentials("k", "s"),
                new UpstreamToken("old", "refresh-0", now.plus(lifetime), now), now.plus(Duration.ofMinutes(30)));
        store.add(session);
        return session;
    }

    @Test
    void lateUnauthorizedWithTheOldTokenKeepsTheFreshOne() {
        issuing(Duration.ofMinutes(30));
        Session session = open(Duration.ofMinutes(30));

        assertThat(refresher.refreshNow(session, "old")).isEqualTo("fresh-1");
        // A 401 answered to a call made with "old" arrives after the refresh: no second grant.
        assertThat(refresher.refreshNow(session, "old")).isEqualTo("fresh-1");
        assertThat(calls).hasValue(1);
        assertThat(store.findById("s1").orElseThrow().upstream().accessToken()).isEqualTo("fresh-1");

        // A 401 for the current token does refresh.
        assertThat(refresher.refreshNow(session, "fresh-1")).isEqualTo("fresh-2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void refusedRefreshIsNotRetriedAndEndsInAuth021() {
        endpoint((n, now) -> {
            throw new TokenEndpointException(TokenEndpointException.Reason.GRANT_REJECTED, "invalid_grant");
        });
        Session session = open(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(50)); // due: past three quarters of its life

        refresher.refreshInBackground(session);
        await().atMost(Duration.ofSeconds(1)).until(() -> store.findById("s1").orElseThrow().upstream().renewalRefused());
        Session marked = store.findById("s1").orElseThrow();
        // Still valid: handed out as is, with no further attempt.
        assertThat(refresher.accessToken(marked)).isEqualTo("old");
        assertThat(refresher.needsRefresh(marked, clock.instant())).isFalse();

        clock.advance(Duration.ofMinutes(5)); // past any backoff and past the token's expiry
        refresher.refreshInBackground(marked);
        assertThatThrownBy(() -> refresher.accessToken(store.findById("s1").orElseThrow()))
                .isInstanceOfSatisfying(LegacyFault.class, f -> assertThat(f.code()).isEqualTo(StatusCode.AUTH_021));
        assertThatThrownBy(() -> refresher.refreshForRenewal("s1"))
                .isInstanceOfSatisfying(LegacyFault.class, f -> assertThat(f.code()).isEqualTo(StatusCode.FAILED_TO_RENEW_TOKEN));
        assertThat(calls).hasValue(1);
    }

    @Test
    void unreachableEndpointIsStillRetriedWithBackoff() {
        endpoint((n, now) -> {
            throw new TokenEndpointException(TokenEndpointException.Reason.UNAVAILABLE, "down");
        });
        Session session = open(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(50));

        refresher.refreshInBackground(session);
        await().atMost(Duration.ofSeconds(1)).until(() -> calls.get() == 1);
        clock.advance(Duration.ofSeconds(3)); // past the first backoff
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
            refresher.refreshInBackground(session);
            assertThat(calls.get()).isEqualTo(2);
        });
        assertThat(store.findById("s1").orElseThrow().upstream().renewalRefused()).isFalse();
    }

    @Test
    void aRenewerRunWithTheSharedStoreOutOfReachSkipsQuietly() {
        issuing(Duration.ofMinutes(30));
        SessionStore unreachable = new SessionStore() {
            public Admission add(Session session) { throw down(); }
            public java.util.Optional<Session> findById(String id) { throw down(); }
            public java.util.Optional<TokenMatch> findByTokenDigest(String digest) { throw down(); }
            public java.util.Optional<Session> update(String id, java.util.function.UnaryOperator<Session> change) { throw down(); }
            public List<Session> liveSessions(Instant now) { throw down(); }
            public long liveCount(Instant now) { throw down(); }
            private LegacyFault down() { return new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "store down"); }
        };
        UpstreamTokenRenewer renewer = new UpstreamTokenRenewer(unreachable, refresher, clock);

        renewer.renewDueTokens(); // the scheduler would log a stack trace for anything thrown here
        assertThat(calls).hasValue(0);
    }

    @Test
    void tokensShorterThanTheMarginAreRenewedAtAFractionOfTheirLifetime() {
        issuing(Duration.ofSeconds(120));
        open(Duration.ofSeconds(120)); // the five-minute margin is longer than the whole lifetime
        UpstreamTokenRenewer renewer = new UpstreamTokenRenewer(store, refresher, clock);

        for (int second = 0; second < 90; second += 10) { // the renewer's default interval
            renewer.renewDueTokens();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(calls).hasValue(0);

        renewer.renewDueTokens(); // 90 s: three quarters of 120 s
        await().atMost(Duration.ofSeconds(1)).until(() -> calls.get() == 1);
        await().atMost(Duration.ofSeconds(1)).until(() -> "fresh-1".equals(store.findById("s1").orElseThrow().upstream().accessToken()));
        renewer.renewDueTokens();
        clock.advance(Duration.ofSeconds(10));
        renewer.renewDueTokens();
        assertThat(calls).hasValue(1);
    }

    @Test
    void scheduleUsesTheMarginForLongTokensAndTheFractionForShortOnes() {
        RenewalSchedule schedule = new RenewalSchedule(Duration.ofMinutes(5), 0.75);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(schedule.renewAt(new UpstreamToken("a", null, t0.plus(Duration.ofMinutes(30)), t0)))
                .isEqualTo(t0.plus(Duration.ofMinutes(25)));
        assertThat(schedule.renewAt(new UpstreamToken("a", null, t0.plusSeconds(120), t0))).isEqualTo(t0.plusSeconds(90));
        assertThat(schedule.renewAt(new UpstreamToken("a", null, t0.plus(Duration.ofMinutes(6)), t0)))
                .isEqualTo(t0.plusSeconds(270));
        // Issue time unknown: the margin alone.
        assertThat(schedule.renewAt(new UpstreamToken("a", null, t0.plus(Duration.ofMinutes(30)))))
                .isEqualTo(t0.plus(Duration.ofMinutes(25)));
    }
}
