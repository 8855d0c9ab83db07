package com.connectgateway.session.redis;

import com.connectgateway.session.Admission;
import com.connectgateway.session.Session;
import com.connectgateway.session.SessionConfig;
import com.connectgateway.session.SessionLimitCounters;
import com.connectgateway.session.SessionStore;
import com.connectgateway.session.TokenKind;
import com.connectgateway.session.TokenMatch;
import com.connectgateway.upstream.RateLimitedWarning;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.Sha256;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.UrlSafeBase64;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sessions in Redis, shared by every replica (layout in {@link SessionScripts}). Legacy tokens are
 * only digests in key names; the session itself, with the upstream tokens and credentials, is
 * sealed with AES-GCM. Expiry is Redis TTLs (legacy expiry plus {@code expired-retention}); the
 * per-system quota and the total are sorted sets checked and changed in one script, with the same
 * rules as {@link com.connectgateway.session.InMemorySessionStore}. Changes are compare-and-set on a
 * version, retried when another replica changed the session in between.
 */
public final class RedisSessionStore implements SessionStore {

    private static final Logger LOG = Logger.getLogger(RedisSessionStore.class);
    private static final int UPDATE_ATTEMPTS = 32;
    private static final int READ_SLICE = 500;

    private final RedisCommands redis;
    private final SessionCipher cipher;
    private final ObjectMapper json;
    private final String prefix;
    private final long maxSessions;
    private final long maxSessionsPerSystem;
    private final Duration retention;
    private final SessionLimitCounters counters;
    private final Clock clock;
    private final RateLimitedWarning unreadable;

    RedisSessionStore(RedisCommands redis, SessionCipher cipher, ObjectMapper json, String prefix, SessionConfig config,
            SessionLimitCounters counters, Clock clock) {
        if (config.maxSessions() < 1 || config.maxSessionsPerSystem() < 1) {
            throw new IllegalStateException("gateway.session.max-sessions and max-sessions-per-system must be at least 1");
        }
        this.redis = redis;
        this.cipher = cipher;
        this.json = json;
        this.prefix = prefix;
        this.maxSessions = config.maxSessions();
        this.maxSessionsPerSystem = config.maxSessionsPerSystem();
        this.retention = config.expiredRetention();
        this.counters = counters;
        this.clock = clock;
        this.unreadable = new RateLimitedWarning(LOG::warn, Duration.ofMinutes(1), clock);
    }

    @Override
    public Admission add(Session session) {
        Instant now = clock.instant();
        List<String> args = new ArrayList<>(List.of(session.id(), millis(now), millis(session.expiresAt()), ttl(session, now),
                Long.toString(maxSessionsPerSystem), Long.toString(maxSessions), seal(session), systemTag(session.system()),
                prefix, Long.toString(retention.toMillis())));
        session.digests().forEach(args::add);
        Response answer = redis.eval(SessionScripts.ADD, keys(session), args);
        if (answer.get(1).toInteger() == 2) {
            counters.countExpiredDrop(true);
        }
        if (answer.get(2).toInteger() == 2) {
            counters.countExpiredDrop(false);
        }
        Admission admission = Admission.valueOf(answer.get(0).toString());
        switch (admission) {
            case SYSTEM_QUOTA_REACHED -> counters.countQuotaRefusal(session.system());
            case STORE_FULL -> counters.countStoreFullRefusal();
            case ADMITTED -> { }
        }
        return admission;
    }

    @Override
    public Optional<Session> findById(String id) {
        return read(id).map(Versioned::session);
    }

    @Override
    public Optional<TokenMatch> findByTokenDigest(String digest) {
        Response found = redis.eval(SessionScripts.FIND_BY_DIGEST, List.of(prefix + "d:" + digest), List.of(prefix));
        if (found == null) {
            return Optional.empty();
        }
        Optional<Session> session = open(found.get(0).toString(), found.get(1).toString());
        Optional<TokenKind> kind = session.flatMap(s -> s.kindOf(digest));
        // A digest the session no longer keeps (revoked) simply expires with its key.
        return kind.map(k -> new TokenMatch(session.get(), k, digest));
    }

    @Override
    public Optional<Session> update(String id, UnaryOperator<Session> change) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            Optional<Versioned> current = read(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Session previous = current.get().session();
            Session next = change.apply(previous);
            Set<String> kept = next.digests().collect(Collectors.toSet());
            List<String> args = new ArrayList<>(List.of(current.get().version(), seal(next), millis(next.expiresAt()),
                    ttl(next, clock.instant()), id, prefix, Integer.toString(kept.size())));
            args.addAll(kept);
            previous.digests().filter(d -> !kept.contains(d)).forEach(args::add);
            long written = redis.eval(SessionScripts.UPDATE, keys(next), args).toLong();
            if (written == 1) {
                return Optional.of(next);
            }
            if (written == -1) {
                return Optional.empty();
            }
        }
        // Only a session changed without pause by many replicas at once gets here.
        throw new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The session is being changed elsewhere; retry shortly.");
    }

    @Override
    public List<Session> liveSessions(Instant now) {
        Response ids = redis.send(Command.ZRANGEBYSCORE, prefix + "all", "(" + millis(now), "+inf");
        List<Session> live = new ArrayList<>();
        if (ids == null) {
            return live;
        }
        List<String> all = new ArrayList<>();
        ids.forEach(id -> all.add(id.toString()));
        // Read in slices: one connection queues at most a few thousand commands in flight.
        for (int from = 0; from < all.size(); from += READ_SLICE) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + READ_SLICE));
            List<Response> sealed = redis.batch(slice.stream().map(id -> Request.cmd(Command.HGET).arg(prefix + "s:" + id).arg("e")).toList());
            for (int i = 0; i < slice.size(); i++) {
                if (sealed.get(i) != null) {
                    open(slice.get(i), sealed.get(i).toString()).filter(s -> !s.expiredAt(now)).ifPresent(live::add);
                }
            }
        }
        return live;
    }

    @Override
    public long liveCount(Instant now) {
        return redis.send(Command.ZCOUNT, prefix + "all", "(" + millis(now), "+inf").toLong();
    }

    @Override
    public boolean reachable() {
        try {
            return "PONG".equals(redis.send(Command.PING).toString());
        } catch (LegacyFault down) {
            return false;
        }
    }

    /** The prefix of this store's keys. */
    String prefix() {
        return prefix;
    }

    private record Versioned(Session session, String version) {
    }

    private Optional<Versioned> read(String id) {
        Response held = redis.send(Command.HMGET, prefix + "s:" + id, "e", "v");
        if (held == null || held.get(0) == null || held.get(1) == null) {
            return Optional.empty();
        }
        return open(id, held.get(0).toString()).map(session -> new Versioned(session, held.get(1).toString()));
    }

    private Optional<Session> open(String id, String sealed) {
        Optional<byte[]> plain = cipher.open(id, sealed);
        if (plain.isEmpty()) {
            unreadable.warn("A stored session does not open with the configured encryption keys (rotated away, or"
                    + " another gateway's key): it is treated as unknown");
            return Optional.empty();
        }
        try {
            StoredSession stored = json.readValue(plain.get(), StoredSession.class);
            return stored.version() == StoredSession.FORM ? Optional.of(stored.toSession()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            unreadable.warn("A stored session could not be read (" + e.getClass().getSimpleName() + "): it is treated as unknown");
            return Optional.empty();
        }
    }

    private String seal(Session session) {
        try {
            return cipher.seal(session.id(), json.writeValueAsBytes(StoredSession.of(session)));
        } catch (IOException e) {
            throw new IllegalStateException("a session could not be written as JSON", e);
        }
    }

    private List<String> keys(Session session) {
        return List.of(prefix + "s:" + session.id(), prefix + "sys:" + systemTag(session.system()), prefix + "all");
    }

    /** The system's name is not written in plain text either: a short digest of it names its quota set. */
    private static String systemTag(String system) {
        return UrlSafeBase64.encode(Sha256.of(system)).substring(0, 22);
    }

    private String ttl(Session session, Instant now) {
        return Long.toString(Math.max(1, Duration.between(now, session.expiresAt().plus(retention)).toMillis()));
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }
}
