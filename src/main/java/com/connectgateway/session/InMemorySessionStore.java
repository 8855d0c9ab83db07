package com.connectgateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The default store: a bounded Caffeine cache by session id plus an index from token digest to
 * session. Entries leave the cache {@code expired-retention} after their legacy expiry, so an
 * expired token still answers AUTH-012 for a while.
 */
@ApplicationScoped
public class InMemorySessionStore implements SessionStore {

    private record DigestRef(String sessionId, TokenKind kind) {
    }

    private final Map<String, DigestRef> byDigest = new ConcurrentHashMap<>();
    private final Cache<String, Session> sessions;

    InMemorySessionStore(SessionConfig config, Clock clock) {
        Duration retention = config.expiredRetention();
        this.sessions = Caffeine.newBuilder()
                .maximumSize(config.maxSessions())
                .expireAfter(new Expiry<String, Session>() {
                    @Override
                    public long expireAfterCreate(String key, Session value, long currentTime) {
                        return nanosUntil(value.expiresAt().plus(retention), clock);
                    }

                    @Override
                    public long expireAfterUpdate(String key, Session value, long currentTime, long currentDuration) {
                        return nanosUntil(value.expiresAt().plus(retention), clock);
                    }

                    @Override
                    public long expireAfterRead(String key, Session value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .scheduler(Scheduler.systemScheduler())
                .executor(Runnable::run)
                .removalListener((String id, Session session, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (session != null && cause.wasEvicted()) {
                        unindex(session);
                    }
                })
                .build();
    }

    @Override
    public void save(Session session) {
        sessions.asMap().compute(session.id(), (id, previous) -> reindex(previous, session));
    }

    @Override
    public Optional<Session> findById(String id) {
        return Optional.ofNullable(sessions.getIfPresent(id));
    }

    @Override
    public Optional<TokenMatch> findByTokenDigest(String digest) {
        DigestRef ref = byDigest.get(digest);
        if (ref == null) {
            return Optional.empty();
        }
        Session session = sessions.getIfPresent(ref.sessionId());
        String current = session == null ? null
                : ref.kind() == TokenKind.SECURE ? session.secureTokenDigest() : session.tokenDigest();
        if (!digest.equals(current)) {
            byDigest.remove(digest, ref);
            return Optional.empty();
        }
        return Optional.of(new TokenMatch(session, ref.kind()));
    }

    @Override
    public Optional<Session> update(String id, UnaryOperator<Session> change) {
        return Optional.ofNullable(sessions.asMap().computeIfPresent(id, (key, previous) -> reindex(previous, change.apply(previous))));
    }

    @Override
    public List<Session> liveSessions(Instant now) {
        return sessions.asMap().values().stream().filter(s -> !s.expiredAt(now)).toList();
    }

    private Session reindex(Session previous, Session next) {
        if (previous != null) {
            unindex(previous);
        }
        byDigest.put(next.tokenDigest(), new DigestRef(next.id(), TokenKind.STANDARD));
        if (next.secureTokenDigest() != null) {
            byDigest.put(next.secureTokenDigest(), new DigestRef(next.id(), TokenKind.SECURE));
        }
        return next;
    }

    private void unindex(Session session) {
        byDigest.remove(session.tokenDigest());
        if (session.secureTokenDigest() != null) {
            byDigest.remove(session.secureTokenDigest());
        }
    }

    private static long nanosUntil(Instant instant, Clock clock) {
        return Math.max(0, Duration.between(clock.instant(), instant).toNanos());
    }
}
