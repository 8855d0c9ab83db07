package com.connectgateway.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where sessions live. Kept small so a shared store (Redis) can implement it: admission of new
 * sessions within the per-system and total limits, lookups by id and by token digest, an atomic
 * read-modify-write, and the list of sessions the renewer must look at.
 */
public interface SessionStore {

    /**
     * Keeps a new session, or replaces the one with its id. A new one is refused when its system is
     * at its quota or the store is full; expired sessions (kept only so their tokens answer
     * AUTH-012) make room first, the system's own for its quota and the longest-expired of all for
     * the store. A live session is never dropped to make room.
     */
    Admission add(Session session);

    Optional<Session> findById(String id);

    /** The session one of whose kept token digests is {@code digest}, and which token that is. */
    Optional<TokenMatch> findByTokenDigest(String digest);

    /** Applies {@code change} atomically to the stored session; empty if it is gone. */
    Optional<Session> update(String id, UnaryOperator<Session> change);

    /** Sessions whose legacy tokens are still valid at {@code now}. */
    List<Session> liveSessions(Instant now);

    /** How many sessions are live at {@code now}, for the live-sessions gauge; cheaper than {@link #liveSessions}. */
    long liveCount(Instant now);

    /**
     * Whether the store can be used right now, for readiness: always for the in-memory store; for a
     * shared store, whether its server answered the latest check.
     */
    default boolean reachable() {
        return true;
    }
}
