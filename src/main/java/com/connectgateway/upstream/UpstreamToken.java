package com.connectgateway.upstream;

import java.time.Instant;

/** An upstream OAuth2 access token, its optional refresh token and when it expires. */
public record UpstreamToken(String accessToken, String refreshToken, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "UpstreamToken[accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***")
                + ", expiresAt=" + expiresAt + "]";
    }
}
