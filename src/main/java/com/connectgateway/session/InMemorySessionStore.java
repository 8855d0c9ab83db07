package com.connectgateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The default store: a Caffeine cache by session id, an index from every kept token digest to its
 * session, and a {@link SessionCensus} that bounds it. Entries leave the cache
 * {@code expired-retention} after their legacy expiry, so an expired token still answers AUTH-012
 * for a while.
 *
 * <p>The cache has no size bound of its own: a size-bounded cache evicts whatever it values least,
 * which during a CreateSession flood was the new, rarely used sessions of everybody else. Instead
 * {@link #add} admits a session only within its system's quota and the total, dropping an expired
 * session first when one is at its limit, and refuses it otherwise. A live session is never
 * dropped to make room.
 */
@ApplicationScoped
@Typed(InMemorySessionStore.class) // the SessionStore bean is chosen by SessionStores
public class InMemorySessionStore implements SessionStore {

    /** Token digest → session id, for every pair every session keeps. */
    private final Map<String, String> byDigest = new ConcurrentHashMap<>();
    private final Cache<String, Session> sessions;
    /** Guarded by itself: every admission and every early drop happens under this one lock. */
    private final SessionCensus census = new SessionCensus();
    /**
     * Ids of sessions the cache let go; the census forgets them at the next admission. The removal
     * listener only queues them: it can run under Caffeine's eviction lock, which a writer holding
     * the census lock may be waiting for.
     */
    private final Queue<String> removed = new ConcurrentLinkedQueue<>();
    private final long maxSessions;
    private final long maxSessionsPerSystem;
    private final SessionLimitCounters counters;
    private final Clock clock;

    InMemorySessionStore(SessionConfig config, Clock clock, SessionLimitCounters counters) {
        if (config.maxSessions() < 1 || config.maxSessionsPerSystem() < 1) {
            throw new IllegalStateException("gateway.session.max-sessions and max-sessions-per-system must be at least 1");
        }
        this.maxSessions = config.maxSessions();
        this.maxSessionsPerSystem = config.maxSessionsPerSystem();
        this.counters = counters;
        this.clock = clock;
        Duration retention = config.expiredRetention();
        this.sessions = Caffeine.newBuilder()
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
                .removalListener((String id, Session session, RemovalCause cause) -> {
                    if (session != null && cause != RemovalCause.REPLACED) {
                        unindex(session);
                        removed.add(id);
                    }
                })
                .build();
    }

    @Override
    public Admission add(Session session) {
        synchronized (census) {
            forgetRemoved();
            if (!census.contains(session.id())) {
                Instant now = clock.instant();
                if (census.size(session.system()) >= maxSessionsPerSystem && !dropLongestExpired(session.system(), now)) {
                    counters.countQuotaRefusal(session.system());
                    return Admission.SYSTEM_QUOTA_REACHED;
                }
                if (census.size() >= maxSessions && !dropLongestExpired(null, now)) {
                    counters.countStoreFullRefusal();
                    return Admission.STORE_FULL;
                }
            }
            // Cached under the lock too, so an early drop never sees a census entry without its session.
            census.record(session.id(), session.system(), session.expiresAt());
            sessions.asMap().compute(session.id(), (id, previous) -> reindex(previous, session));
            return Admission.ADMITTED;
        }
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
        // The census is not told: a change keeps the expiry or moves it later (see SessionCensus).
        return Optional.ofNullable(sessions.asMap().computeIfPresent(id, (key, previous) -> reindex(previous, change.apply(previous))));
    }

    @Override
    public List<Session> liveSessions(Instant now) {
        return sessions.asMap().values().stream().filter(s -> !s.expiredAt(now)).toList();
    }

    @Override
    public long liveCount(Instant now) {
        return sessions.asMap().values().stream().filter(s -> !s.expiredAt(now)).count();
    }

    /** Sessions held, live or expired-but-remembered, as the limits count them. */
    int size() {
        synchronized (census) {
            forgetRemoved();
            return census.size();
        }
    }

    /**
     * Drops the longest-expired session of {@code system} (of all systems when null) before its
     * retention ends, so a new one fits. False when none has expired.
     */
    private boolean dropLongestExpired(String system, Instant now) {
        for (Optional<SessionCensus.Entry> first = census.firstExpired(system, now); first.isPresent();
                first = census.firstExpired(system, now)) {
            SessionCensus.Entry entry = first.get();
            boolean[] dropped = { false };
            Session kept = sessions.asMap().computeIfPresent(entry.id(), (id, current) -> {
                dropped[0] = current.expiredAt(now);
                return dropped[0] ? null : current;
            });
            if (kept != null) {
                // Renewed since it was recorded: live until later, so it moves back in line.
                census.record(entry.id(), entry.system(), kept.expiresAt());
                continue;
            }
            census.forget(entry.id());
            if (dropped[0]) {
                counters.countExpiredDrop(system != null);
            }
            return true; // dropped now, or the cache had already let it go
        }
        return false;
    }

    private void forgetRemoved() {
        for (String id = removed.poll(); id != null; id = removed.poll()) {
            if (!sessions.asMap().containsKey(id)) { // not added again since (an /oauth2/token id can be)
                census.forget(id);
            }
        }
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
