package com.connectgateway.upstream;

/** The token endpoint did not issue a token. The message never contains credentials. */
public class TokenEndpointException extends RuntimeException {

    public enum Reason {
        /** The client id or secret was refused ({@code invalid_client} or 401). */
        CLIENT_REJECTED,
        /** The grant itself was refused (wrong user password, stale refresh token, ...). */
        GRANT_REJECTED,
        /** Unreachable, timed out, 5xx or an unreadable answer. */
        UNAVAILABLE
    }

    private final Reason reason;

    public TokenEndpointException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
