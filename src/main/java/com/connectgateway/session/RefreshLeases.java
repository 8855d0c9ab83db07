package com.connectgateway.session;

import java.util.Optional;

/**
 * Who may refresh a session's upstream token right now. Within one process the refresher's own
 * single-flight is enough ({@link #LOCAL}); replicas sharing a store also need a lease in it, so that
 * a fleet makes one token request per session and the others use the token it stored.
 */
public interface RefreshLeases {

    /** The lease on refreshing this session's upstream token, or empty while someone else holds it. */
    Optional<Lease> tryTake(String sessionId);

    /** A held lease; closing lets it go (it also lapses by itself, should its holder die). */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** For a store only this process uses: always granted. */
    RefreshLeases LOCAL = sessionId -> Optional.of(() -> {
    });
}
