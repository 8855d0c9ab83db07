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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The default store: a bounded Caffeine cache by session id plus an index from every kept token
 * digest to its session. Entries leave the cache {@code expired-retention} after their legacy
 * expiry, so an expired token still answers AUTH-012 for a while.
 */
@ApplicationScoped
public class InMemorySessionStore implements SessionStore {

    /** Token digest → session id, for every pair every session keeps. */
    private final Map<String, String> byDigest = new ConcurrentHashMap<>();
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
        String sessionId = byDigest.get(digest);
        if (sessionId == null) {
            return Optional.empty();
        }
        Session session = sessions.getIfPresent(sessionId);
        Optional<TokenKind> kind = session == null ? Optional.empty() : session.kindOf(digest);
        if (kind.isEmpty()) {
            // Left behind by an eviction: tidy up. (A digest is looked up only after the update
            // that added it returned, so this never drops a digest that is being added.)
            byDigest.remove(digest, sessionId);
            return Optional.empty();
        }
        return Optional.of(new TokenMatch(session, kind.get(), digest));
    }

    @Override
    public Optional<Session> update(String id, UnaryOperator<Session> change) {
        return Optional.ofNullable(sessions.asMap().computeIfPresent(id, (key, previous) -> reindex(previous, change.apply(previous))));
    }

    @Override
    public List<Session> liveSessions(Instant now) {
        return sessions.asMap().values().stream().filter(s -> !s.expiredAt(now)).toList();
    }

    /** Adds the new digests before dropping the old ones, so a token kept by both never misses. */
    private Session reindex(Session previous, Session next) {
        next.digests().forEach(digest -> byDigest.put(digest, next.id()));
        if (previous != null) {
            Set<String> kept = next.digests().collect(Collectors.toSet());
            previous.digests().filter(digest -> !kept.contains(digest)).forEach(digest -> byDigest.remove(digest, previous.id()));
        }
        return next;
    }

    private void unindex(Session session) {
        session.digests().forEach(digest -> byDigest.remove(digest, session.id()));
    }

    private static long nanosUntil(Instant instant, Clock clock) {
        return Math.max(0, Duration.between(clock.instant(), instant).toNanos());
    }
}
