package com.connectgateway.operations;

/** What an operation demands of the transport and of the legacy token. */
public enum TransportRule {
    /** HTTPS only; no token needed (CreateSession, CreateApplicationSession). */
    HTTPS_NO_TOKEN(true, false),
    /**
     * HTTPS only, with a SecureToken or an {@code /oauth2/token} access token (RenewSession,
     * CreateDownloadRequest).
     */
    HTTPS_SECURE_TOKEN(true, true),
    /** HTTPS only, with either token of any session (CreateCustomer, ReportUsage). */
    HTTPS_ANY_TOKEN(true, false),
    /** Any transport with a standard token; a SecureToken only over HTTPS. */
    ANY_TOKEN(false, false);

    private final boolean httpsOnly;
    private final boolean secureTokenOnly;

    TransportRule(boolean httpsOnly, boolean secureTokenOnly) {
        this.httpsOnly = httpsOnly;
        this.secureTokenOnly = secureTokenOnly;
    }

    public boolean httpsOnly() {
        return httpsOnly;
    }

    public boolean secureTokenOnly() {
        return secureTokenOnly;
    }

    public boolean needsToken() {
        return this != HTTPS_NO_TOKEN;
    }
}
