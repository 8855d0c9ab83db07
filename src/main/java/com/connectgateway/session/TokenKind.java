package com.connectgateway.session;

/** Which kind of legacy token the client presented. */
public enum TokenKind {
    /** A session's Token: any transport, the operations that need no SecureToken. */
    STANDARD(false),
    /** A session's SecureToken: HTTPS only, every operation. */
    SECURE(true),
    /**
     * An access token the client fetched through the gateway's {@code /oauth2/token}. The v2 docs
     * let clients authenticate with it, so over HTTPS it is as good as a SecureToken. It is not
     * revoked when seen over HTTP: it was never a legacy SecureToken, and the client holds its grant.
     */
    OAUTH2_ACCESS(true);

    private final boolean secureGrade;

    TokenKind(boolean secureGrade) {
        this.secureGrade = secureGrade;
    }

    /** Whether it satisfies operations that require a SecureToken (over HTTPS). */
    public boolean secureGrade() {
        return secureGrade;
    }
}
