package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.SettableClock;
import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.UpstreamToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The session limits every store keeps: a per-system quota and a total, where expired sessions
 * make room first and a live session is never dropped for another one. Each store runs these rules
 * in a subclass ({@link SessionQuotaTest}, {@code RedisSessionQuotaTest}).
 */
public abstract class SessionQuotaRules {

    protected final SettableClock clock = new SettableClock();
    protected final SessionLimitCounters counters = new SessionLimitCounters();

    /** A new, empty store with these limits, an hour of retention, {@link #clock} and {@link #counters}. */
    protected abstract SessionStore store(long maxSessions, long maxPerSystem);

    /** Sessions the store holds, live or expired-but-remembered, as its limits count them. */
    protected abstract long size(SessionStore store);

    protected Session session(String system, String id, Duration lifetime) {
        Instant expiry = clock.instant().plus(lifetime);
        return new Session(id, SessionKind.APPLICATION, system, List.of(new TokenPair("t-" + id, "s-" + id)),
                new ApiCredentials("k", "s"), new UpstreamToken("a-" + id, null, expiry), expiry);
    }

    protected Session live(String system, String id) {
        return session(system, id, Duration.ofMinutes(30));
    }

    protected static boolean held(SessionStore store, String id) {
        return store.findByTokenDigest("t-" + id).isPresent();
    }

    @Test
    public void systemAtItsQuotaIsRefusedWhileOtherSystemsStillFit() {
        SessionStore store = store(100, 3);
        for (int i = 1; i <= 3; i++) {
            assertThat(store.add(live("A", "a" + i))).isEqualTo(Admission.ADMITTED);
        }
        assertThat(store.add(live("A", "a4"))).isEqualTo(Admission.SYSTEM_QUOTA_REACHED);
        assertThat(store.add(live("B", "b1"))).isEqualTo(Admission.ADMITTED);

        assertThat(List.of("a1", "a2", "a3", "b1")).allMatch(id -> held(store, id));
        assertThat(held(store, "a4")).isFalse();
        assertThat(counters.refusedAtSystemQuota()).isEqualTo(1);
        assertThat(counters.expiredDroppedForSystemQuota()).isZero();
    }

    @Test
    public void theSystemsOwnLongestExpiredSessionMakesRoomAndOthersStayUntouched() {
        SessionStore store = store(100, 3);
        store.add(session("A", "a1", Duration.ofSeconds(10)));
        store.add(session("A", "a2", Duration.ofSeconds(20)));
        store.add(live("A", "a3"));
        store.add(session("B", "b1", Duration.ofSeconds(5)));
        clock.advance(Duration.ofSeconds(30)); // a1, a2 and b1 have expired and answer AUTH-012

        assertThat(store.add(live("A", "a4"))).isEqualTo(Admission.ADMITTED);
        assertThat(held(store, "a1")).as("longest expired of A: dropped").isFalse();
        assertThat(held(store, "a2")).as("expired, still remembered").isTrue();

        assertThat(store.add(live("A", "a5"))).isEqualTo(Admission.ADMITTED);
        assertThat(held(store, "a2")).isFalse();

        assertThat(store.add(live("A", "a6"))).as("a3, a4, a5 are live").isEqualTo(Admission.SYSTEM_QUOTA_REACHED);
        assertThat(List.of("a3", "a4", "a5")).allMatch(id -> held(store, id));
        assertThat(held(store, "b1")).as("another system's expired session is not A's to drop").isTrue();
        assertThat(counters.expiredDroppedForSystemQuota()).isEqualTo(2);
        assertThat(counters.refusedAtSystemQuota()).isEqualTo(1);
    }

    @Test
    public void fullStoreDropsTheLongestExpiredSessionOfAnySystem() {
        SessionStore store = store(3, 3);
        store.add(live("A", "a1"));
        store.add(session("B", "b1", Duration.ofSeconds(10)));
        store.add(session("B", "b2", Duration.ofSeconds(15)));
        clock.advance(Duration.ofSeconds(20));

        assertThat(store.add(live("C", "c1"))).isEqualTo(Admission.ADMITTED);
        assertThat(held(store, "b1")).isFalse();
        assertThat(held(store, "b2")).isTrue();
        assertThat(held(store, "a1")).isTrue();
        assertThat(size(store)).isEqualTo(3);
        assertThat(counters.expiredDroppedForStore()).isEqualTo(1);
    }

    @Test
    public void fullStoreOfLiveSessionsRefusesRatherThanEvictingOne() {
        SessionStore store = store(3, 10);
        store.add(live("A", "a1"));
        store.add(live("B", "b1"));
        store.add(live("B", "b2"));

        assertThat(store.add(live("C", "c1"))).isEqualTo(Admission.STORE_FULL);
        assertThat(List.of("a1", "b1", "b2")).allMatch(id -> held(store, id));
        assertThat(held(store, "c1")).isFalse();
        assertThat(counters.refusedStoreFull()).isEqualTo(1);
    }

    @Test
    public void renewedSessionIsNotMistakenForAnExpiredOne() {
        SessionStore store = store(100, 2);
        store.add(session("A", "a1", Duration.ofSeconds(10)));
        store.add(live("A", "a2"));
        Instant renewedExpiry = clock.instant().plus(Duration.ofMinutes(5));
        store.update("a1", s -> s.renewed(new TokenPair("t-a1r", "s-a1r"), renewedExpiry, 4));
        clock.advance(Duration.ofSeconds(20)); // past a1's first expiry, inside its renewed one

        assertThat(store.add(live("A", "a3"))).isEqualTo(Admission.SYSTEM_QUOTA_REACHED);
        assertThat(held(store, "a1")).isTrue();

        clock.advance(Duration.ofMinutes(5)); // now a1 has expired for real
        assertThat(store.add(live("A", "a3"))).isEqualTo(Admission.ADMITTED);
        assertThat(held(store, "a1")).isFalse();
        assertThat(held(store, "a2")).isTrue();
    }

    @Test
    public void savingASessionAgainReplacesItWithoutCountingTwice() {
        SessionStore store = store(100, 1);
        assertThat(store.add(live("A", "x"))).isEqualTo(Admission.ADMITTED);
        assertThat(store.add(live("A", "x"))).isEqualTo(Admission.ADMITTED);
        assertThat(size(store)).isEqualTo(1);
        assertThat(store.add(live("A", "y"))).isEqualTo(Admission.SYSTEM_QUOTA_REACHED);
    }

    @Test
    public void concurrentFloodGetsExactlyItsQuotaAndNeverCostsAnotherSystemASession() throws Exception {
        SessionStore store = store(120, 50);
        for (int i = 0; i < 20; i++) {
            store.add(live("B", "b-before-" + i));
        }
        int threads = 8;
        int perThread = 500;
        AtomicInteger floodAdmitted = new AtomicInteger();
        AtomicInteger steadyAdmitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        if (store.add(live("A", "a-" + thread + "-" + i)) == Admission.ADMITTED) {
                            floodAdmitted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    if (store.add(live("B", "b-during-" + i)) == Admission.ADMITTED) {
                        steadyAdmitted.incrementAndGet();
                    }
                }
                return null;
            }));
            start.countDown();
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(floodAdmitted).hasValue(50);
        assertThat(steadyAdmitted).hasValue(20);
        for (int i = 0; i < 20; i++) {
            assertThat(held(store, "b-before-" + i)).isTrue();
            assertThat(held(store, "b-during-" + i)).isTrue();
        }
        assertThat(size(store)).isEqualTo(90);
        assertThat(counters.refusedAtSystemQuota()).isEqualTo(threads * perThread - 50);
    }

    @Test
    public void concurrentSystemsNeverOverfillTheStore() throws Exception {
        SessionStore store = store(100, 100);
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        if (store.add(live("system-" + thread + "-" + (i % 7), "s-" + thread + "-" + i)) == Admission.ADMITTED) {
                            admitted.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(admitted).hasValue(100);
        assertThat(store.liveSessions(clock.instant())).hasSize(100);
        assertThat(counters.refusedStoreFull()).isEqualTo(700);
    }
}
