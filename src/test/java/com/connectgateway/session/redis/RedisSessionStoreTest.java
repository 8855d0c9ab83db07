package com.connectgateway.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.session.InMemorySessionStoreTest;
import com.connectgateway.session.RefreshLeases;
import com.connectgateway.session.Session;
import com.connectgateway.session.SessionKind;
import com.connectgateway.session.SessionLimitCounters;
import com.connectgateway.session.TokenKind;
import com.connectgateway.session.TokenPair;
import com.connectgateway.support.RandomKeys;
import com.connectgateway.support.RedisServer;
import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.UpstreamToken;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import io.vertx.redis.client.Command;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Redis store on a real redis-server: what it writes, how it changes, and what happens when Redis goes away. */
class RedisSessionStoreTest {

    private static final Duration RETENTION = Duration.ofHours(1);

    private final Clock clock = Clock.systemUTC();
    private final String prefix = RedisFixture.uniquePrefix();
    private final String key = RandomKeys.base64();

    private RedisSessionStore store(RedisCommands commands) {
        return RedisFixture.store(commands, prefix, key, InMemorySessionStoreTest.config(100, RETENTION), new SessionLimitCounters(), clock);
    }

    private Session session(String id) {
        Instant expiry = clock.instant().plus(Duration.ofMinutes(30));
        return new Session(id, SessionKind.USER, "system-" + id, List.of(new TokenPair("digest-t-" + id, "digest-s-" + id)),
                new ApiCredentials("api-key-" + id, "api-secret-" + id),
                new UpstreamToken("access-token-" + id, "refresh-token-" + id, expiry.minusSeconds(600), clock.instant()), expiry);
    }

    @Test
    void aSessionIsFoundByEachOfItsDigestsAndById() {
        RedisSessionStore store = store(RedisFixture.commands(RedisServer.shared().url()));
        store.add(session("a"));

        assertThat(store.findByTokenDigest("digest-t-a")).get().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(TokenKind.STANDARD);
            assertThat(m.session().upstream().accessToken()).isEqualTo("access-token-a");
            assertThat(m.session().upstream().refreshToken()).isEqualTo("refresh-token-a");
            assertThat(m.session().credentials()).isEqualTo(new ApiCredentials("api-key-a", "api-secret-a"));
        });
        assertThat(store.findByTokenDigest("digest-s-a")).get().extracting(m -> m.kind()).isEqualTo(TokenKind.SECURE);
        assertThat(store.findByTokenDigest("digest-t-unknown")).isEmpty();
        assertThat(store.findById("a")).get().extracting(Session::system).isEqualTo("system-a");
        assertThat(store.liveCount(clock.instant())).isEqualTo(1);
        assertThat(store.liveSessions(clock.instant())).extracting(Session::id).containsExactly("a");
    }

    @Test
    void renewingMovesTheExpiryAndIndexesTheNewPairWhileRevokedTokensStopAnswering() {
        RedisCommands redis = RedisFixture.commands(RedisServer.shared().url());
        RedisSessionStore store = store(redis);
        store.add(session("r"));
        Instant later = clock.instant().plus(Duration.ofMinutes(45));

        store.update("r", s -> s.renewed(new TokenPair("digest-t-r2", "digest-s-r2"), later, 4));
        store.update("r", s -> s.withoutSecureToken("digest-s-r"));

        assertThat(store.findByTokenDigest("digest-t-r2")).get().extracting(m -> m.session().expiresAt()).isEqualTo(
                Instant.ofEpochMilli(later.toEpochMilli()));
        assertThat(store.findByTokenDigest("digest-t-r")).as("the CreateSession token is kept").isPresent();
        assertThat(store.findByTokenDigest("digest-s-r")).as("revoked").isEmpty();
        assertThat(redis.send(Command.EXISTS, prefix + "d:digest-s-r").toLong()).as("its index entry is gone too").isZero();
        long ttl = redis.send(Command.PTTL, prefix + "s:r").toLong();
        assertThat(ttl).as("TTL: the new expiry plus retention").isBetween(
                Duration.ofMinutes(44).plus(RETENTION).toMillis(), Duration.ofMinutes(45).plus(RETENTION).toMillis());
        assertThat(redis.send(Command.PTTL, prefix + "d:digest-t-r2").toLong()).isGreaterThan(Duration.ofMinutes(44).toMillis());
        assertThat(store.update("gone", s -> s)).isEmpty();
    }

    @Test
    void theRenewerSeesEveryLiveSessionEvenMoreThanOneConnectionQueuesAtOnce() {
        RedisSessionStore store = RedisFixture.store(RedisFixture.commands(RedisServer.shared().url()), prefix, key,
                InMemorySessionStoreTest.config(5000, RETENTION), new SessionLimitCounters(), clock);
        for (int i = 0; i < 2500; i++) { // a Vert.x connection queues at most 2048 commands
            store.add(session("many-" + i));
        }
        assertThat(store.liveSessions(clock.instant())).hasSize(2500);
        assertThat(store.liveCount(clock.instant())).isEqualTo(2500);
    }

    @Test
    void concurrentChangesFromManyWritersAreAllKept() throws Exception {
        RedisSessionStore store = store(RedisFixture.commands(RedisServer.shared().url()));
        store.add(session("c"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int writer = i;
                // Each writer adds its own pair; a lost update would drop one of them.
                work.add(pool.submit(() -> store.update("c", s -> s.renewed(new TokenPair("w" + writer, null), s.expiresAt(), 16))));
            }
            for (Future<?> future : work) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.findById("c").orElseThrow().pairs()).hasSize(9);
        for (int i = 0; i < 8; i++) {
            assertThat(store.findByTokenDigest("w" + i)).isPresent();
        }
    }

    @Test
    void noTokenSecretOrSystemNameIsStoredInPlainText() {
        try (RedisServer own = RedisServer.start()) {
            RedisSessionStore store = store(RedisFixture.commands(own.url()));
            store.add(session("p"));
            store.update("p", s -> s.withUpstream(new UpstreamToken("access-token-renewed", "refresh-token-renewed",
                    clock.instant().plusSeconds(1800))));

            String dump = own.dump();
            assertThat(dump).contains(prefix + "s:p").contains(prefix + "d:digest-t-p")
                    .doesNotContain("access-token").doesNotContain("refresh-token").doesNotContain("api-secret")
                    .doesNotContain("system-p").doesNotContain(key);
        }
    }

    @Test
    void redisGoneIsDependentServiceDownAndTheStoreRecoversWhenItIsBack() {
        try (RedisServer own = RedisServer.start()) {
            RedisSessionStore store = store(RedisFixture.commands(own.url()));
            store.add(session("o"));
            assertThat(store.reachable()).isTrue();

            own.stop();
            assertThatThrownBy(() -> store.findByTokenDigest("digest-t-o")).isInstanceOfSatisfying(LegacyFault.class,
                    fault -> assertThat(fault.code()).isEqualTo(StatusCode.DEPENDENT_SERVICE_DOWN));
            assertThatThrownBy(() -> store.add(session("o2"))).isInstanceOf(LegacyFault.class);
            assertThat(store.reachable()).isFalse();

            own.restart(); // empty: what it held is gone, as after a Redis restart without persistence
            assertThat(store.reachable()).isTrue();
            assertThat(store.findByTokenDigest("digest-t-o")).isEmpty();
            store.add(session("o3"));
            assertThat(store.findByTokenDigest("digest-t-o3")).isPresent();
        }
    }

    @Test
    void aRefreshLeaseIsHeldByOneOwnerUntilItIsLetGo() {
        RedisCommands redis = RedisFixture.commands(RedisServer.shared().url());
        RedisRefreshLeases first = new RedisRefreshLeases(redis, prefix, Duration.ofSeconds(10));
        RedisRefreshLeases second = new RedisRefreshLeases(redis, prefix, Duration.ofSeconds(10));

        Optional<RefreshLeases.Lease> held = first.tryTake("l");
        assertThat(held).isPresent();
        assertThat(second.tryTake("l")).as("held by the first replica").isEmpty();
        assertThat(second.tryTake("other")).as("leases are per session").isPresent();
        held.get().close();
        assertThat(second.tryTake("l")).isPresent();
    }

    @Test
    void aLeaseWhoseHolderDiedLapsesByItself() {
        RedisCommands redis = RedisFixture.commands(RedisServer.shared().url());
        RedisRefreshLeases shortLived = new RedisRefreshLeases(redis, prefix, Duration.ofMillis(200));
        assertThat(shortLived.tryTake("dead")).isPresent(); // never closed
        assertThat(shortLived.tryTake("dead")).isEmpty();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> shortLived.tryTake("dead").isPresent());
    }
}
