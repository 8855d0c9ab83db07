package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.UpstreamToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

public class InMemorySessionStoreTest {

    private final Clock clock = Clock.systemUTC();

    public static SessionConfig config(long maxSessions, Duration retention) {
        return config(maxSessions, maxSessions, retention);
    }

    public static SessionConfig config(long maxSessions, long maxPerSystem, Duration retention) {
        return new SessionConfig() {
            public Duration tokenDuration() { return Duration.ofMinutes(30); }
            public int keptTokenPairs() { return 4; }
            public Duration renewalJoinWindow() { return Duration.ofSeconds(5); }
            public Duration expiredRetention() { return retention; }
            public long maxSessions() { return maxSessions; }
            public long maxSessionsPerSystem() { return maxPerSystem; }
            public String limitLogInterval() { return "1M"; }
            public Duration renewalMargin() { return Duration.ofMinutes(5); }
            public double renewalLifetimeFraction() { return 0.75; }
            public Duration refreshBackoffInitial() { return Duration.ofSeconds(2); }
            public Duration refreshBackoffMax() { return Duration.ofMinutes(1); }
            public int refreshThreads() { return 1; }
            public Renewer renewer() { return null; }
            public StoreKind store() { return StoreKind.MEMORY; }
        };
    }

    private Session session(String id, Instant expiresAt) {
        return new Session(id, SessionKind.USER, "system", List.of(new TokenPair("t-" + id, "s-" + id)), new ApiCredentials("k", "s"),
                new UpstreamToken("a-" + id, "r-" + id, expiresAt), expiresAt);
    }

    @Test
    void findsBySecureAndStandardDigest() {
        InMemorySessionStore store = new InMemorySessionStore(config(10, Duration.ofHours(1)), clock, new SessionLimitCounters());
        store.add(session("1", clock.instant().plusSeconds(60)));
        assertThat(store.findByTokenDigest("t-1")).get().extracting(TokenMatch::kind).isEqualTo(TokenKind.STANDARD);
        assertThat(store.findByTokenDigest("s-1")).get().extracting(TokenMatch::kind).isEqualTo(TokenKind.SECURE);
        assertThat(store.findByTokenDigest("s-1")).get().extracting(TokenMatch::digest).isEqualTo("s-1");
        assertThat(store.findByTokenDigest("a-1")).isEmpty();
    }

    @Test
    void renewalKeepsEarlierPairsAndRevocationDropsExactlyOneSecureToken() {
        InMemorySessionStore store = new InMemorySessionStore(config(10, Duration.ofHours(1)), clock, new SessionLimitCounters());
        Instant expiry = clock.instant().plusSeconds(60);
        store.add(session("1", expiry));
        store.update("1", s -> s.renewed(new TokenPair("t-new", "s-new"), expiry.plusSeconds(60), 4));
        assertThat(store.findByTokenDigest("t-1")).get().extracting(m -> m.session().expiresAt()).isEqualTo(expiry.plusSeconds(60));
        assertThat(store.findByTokenDigest("s-1")).isPresent();
        assertThat(store.findByTokenDigest("s-new")).isPresent();

        store.update("1", s -> s.withoutSecureToken("s-new"));
        assertThat(store.findByTokenDigest("s-new")).isEmpty();
        assertThat(store.findByTokenDigest("t-new")).isPresent();
        assertThat(store.findByTokenDigest("s-1")).as("the other pair's SecureToken").isPresent();
        assertThat(store.update("unknown", s -> s)).isEmpty();
    }

    @Test
    void keepsTheCreateSessionPairAndTheLatestRenewalsOnly() {
        InMemorySessionStore store = new InMemorySessionStore(config(10, Duration.ofHours(1)), clock, new SessionLimitCounters());
        Instant expiry = clock.instant().plusSeconds(60);
        store.add(session("1", expiry));
        for (int i = 1; i <= 5; i++) {
            int n = i;
            store.update("1", s -> s.renewed(new TokenPair("t-r" + n, "s-r" + n), expiry, 4));
        }
        assertThat(store.findById("1")).get().extracting(s -> s.pairs().size()).isEqualTo(4);
        assertThat(store.findByTokenDigest("t-1")).as("CreateSession pair").isPresent();
        assertThat(store.findByTokenDigest("t-r1")).isEmpty();
        assertThat(store.findByTokenDigest("s-r2")).isEmpty();
        assertThat(store.findByTokenDigest("t-r3")).isPresent();
        assertThat(store.findByTokenDigest("s-r5")).isPresent();
    }

    @Test
    void expiredSessionsAreKeptForTheRetentionThenEvicted() {
        InMemorySessionStore store = new InMemorySessionStore(config(10, Duration.ofMillis(300)), clock, new SessionLimitCounters());
        store.add(session("1", clock.instant()));
        assertThat(store.findByTokenDigest("t-1")).isPresent(); // expired but remembered
        assertThat(store.liveSessions(clock.instant())).isEmpty();
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> store.findByTokenDigest("t-1").isEmpty() && store.findById("1").isEmpty());
    }

    @Test
    void boundedInSizeByRefusingNewSessionsNotByEvictingLiveOnes() {
        InMemorySessionStore store = new InMemorySessionStore(config(50, Duration.ofHours(1)), clock, new SessionLimitCounters());
        long admitted = java.util.stream.IntStream.range(0, 1000)
                .filter(i -> store.add(session(String.valueOf(i), clock.instant().plusSeconds(600))) == Admission.ADMITTED).count();
        assertThat(admitted).isEqualTo(50);
        assertThat(store.liveSessions(clock.instant())).hasSize(50);
        assertThat(java.util.stream.IntStream.range(0, 50).filter(i -> store.findByTokenDigest("t-" + i).isPresent()).count())
                .as("the first 50 stay").isEqualTo(50);
        assertThat(store.findByTokenDigest("t-50")).isEmpty();
    }

    @Test
    void unchangedTokenNeverMissesWhileWritersRefreshRenewAndRevoke() throws Exception {
        InMemorySessionStore store = new InMemorySessionStore(config(10, Duration.ofHours(1)), clock, new SessionLimitCounters());
        Instant expiry = clock.instant().plus(Duration.ofMinutes(30));
        store.add(session("1", expiry));
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicLong misses = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong lookups = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
            for (int r = 0; r < 4; r++) {
                work.add(pool.submit(() -> {
                    while (running.get()) {
                        if (store.findByTokenDigest("t-1").isEmpty() || store.findByTokenDigest("s-1").isEmpty()) {
                            misses.incrementAndGet();
                        }
                        lookups.incrementAndGet();
                    }
                }));
            }
            // Upstream refreshes rewrite the record; renewals add pairs, push old ones out and
            // revoke their secure tokens. The CreateSession pair ("t-1", "s-1") stays throughout.
            work.add(pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    int n = i;
                    store.update("1", s -> s.withUpstream(new UpstreamToken("a-" + n, "r", expiry)));
                }
            }));
            work.add(pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    TokenPair pair = new TokenPair("t-r" + i, "s-r" + i);
                    store.update("1", s -> s.renewed(pair, expiry, 3));
                    store.update("1", s -> s.withoutSecureToken(pair.secureTokenDigest()));
                }
            }));
            Thread.sleep(700);
            running.set(false);
            for (java.util.concurrent.Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(lookups.get()).isPositive();
        assertThat(misses).hasValue(0);
    }
}
