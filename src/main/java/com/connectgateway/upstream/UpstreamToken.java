package com.connectgateway.upstream;

import java.time.Duration;
import java.time.Instant;

/**
 * An upstream OAuth2 access token, its optional refresh token, when it was issued and when it
 * expires. {@code issuedAt} is null when unknown. {@code renewalRefused} marks a token whose renewal
 * the token endpoint refused for good (e.g. {@code invalid_grant}): it is used until it expires and
 * never renewed again.
 */
public record UpstreamToken(String accessToken, String refreshToken, Instant expiresAt, Instant issuedAt,
        boolean renewalRefused) {

    public UpstreamToken(String accessToken, String refreshToken, Instant expiresAt, Instant issuedAt) {
        this(accessToken, refreshToken, expiresAt, issuedAt, false);
    }

    public UpstreamToken(String accessToken, String refreshToken, Instant expiresAt) {
        this(accessToken, refreshToken, expiresAt, null, false);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** How long it was issued for; null when the issue time is unknown. */
    public Duration lifetime() {
        return issuedAt == null ? null : Duration.between(issuedAt, expiresAt);
    }

    public UpstreamToken withRenewalRefused() {
        return new UpstreamToken(accessToken, refreshToken, expiresAt, issuedAt, true);
    }

    @Override
    public String toString() {
        return "UpstreamToken[accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***")
                + ", expiresAt=" + expiresAt + (renewalRefused ? ", renewalRefused" : "") + "]";
    }
}
