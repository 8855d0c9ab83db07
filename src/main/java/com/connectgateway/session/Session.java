package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.UpstreamToken;
import java.time.Instant;

/**
 * One legacy session. The legacy tokens are kept only as SHA-256 digests; {@code secureTokenDigest}
 * is null once the secure token was revoked (or for sessions that never had one).
 */
public record Session(
        String id,
        SessionKind kind,
        String tokenDigest,
        String secureTokenDigest,
        ApiCredentials credentials,
        UpstreamToken upstream,
        Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Session withUpstream(UpstreamToken token) {
        return new Session(id, kind, tokenDigest, secureTokenDigest, credentials, token, expiresAt);
    }

    public Session withoutSecureToken() {
        return new Session(id, kind, tokenDigest, null, credentials, upstream, expiresAt);
    }

    public Session renewed(String newTokenDigest, String newSecureTokenDigest, UpstreamToken token, Instant newExpiry) {
        return new Session(id, kind, newTokenDigest, newSecureTokenDigest, credentials, token, newExpiry);
    }

    @Override
    public String toString() {
        return "Session[id=" + id + ", kind=" + kind + ", expiresAt=" + expiresAt + "]";
    }
}
