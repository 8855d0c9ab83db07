package com.connectgateway.session;

/** A store's answer to a new session. Refusals are answered to the client; nobody else loses a session. */
public enum Admission {
    ADMITTED,
    /** The session's system already holds {@code gateway.session.max-sessions-per-system} sessions that it may keep. */
    SYSTEM_QUOTA_REACHED,
    /** The store holds {@code gateway.session.max-sessions} sessions and none of them has expired. */
    STORE_FULL
}
