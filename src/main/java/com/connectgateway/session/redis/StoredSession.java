package com.connectgateway.session.redis;

import com.connectgateway.session.Session;
import com.connectgateway.session.SessionKind;
import com.connectgateway.session.TokenPair;
import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.UpstreamToken;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * A session as the Redis store writes it (as JSON, then sealed by {@link SessionCipher}). Its own
 * record with short, fixed member names, so the stored form does not change when {@link Session}
 * does and a native image knows what Jackson binds.
 */
@RegisterForReflection
record StoredSession(int version, String id, SessionKind kind, String system, List<Pair> pairs, String apiKey,
        String apiSecret, String access, String refresh, long upstreamExpiresAt, Long upstreamIssuedAt,
        boolean renewalRefused, long expiresAt) {

    /** Bumped when the members change incompatibly; a value of another version is not read. */
    static final int FORM = 1;

    @RegisterForReflection
    record Pair(String token, String secure) {
    }

    static StoredSession of(Session session) {
        UpstreamToken up = session.upstream();
        return new StoredSession(FORM, session.id(), session.kind(), session.system(),
                session.pairs().stream().map(p -> new Pair(p.tokenDigest(), p.secureTokenDigest())).toList(),
                session.credentials().apiKey(), session.credentials().apiSecret(), up.accessToken(), up.refreshToken(),
                up.expiresAt().toEpochMilli(), up.issuedAt() == null ? null : up.issuedAt().toEpochMilli(),
                up.renewalRefused(), session.expiresAt().toEpochMilli());
    }

    Session toSession() {
        UpstreamToken up = new UpstreamToken(access, refresh, Instant.ofEpochMilli(upstreamExpiresAt),
                upstreamIssuedAt == null ? null : Instant.ofEpochMilli(upstreamIssuedAt), renewalRefused);
        return new Session(id, kind, system, pairs.stream().map(p -> new TokenPair(p.token(), p.secure())).toList(),
                new ApiCredentials(apiKey, apiSecret), up, Instant.ofEpochMilli(expiresAt));
    }

    @Override
    public String toString() {
        return "StoredSession[id=" + id + ", kind=" + kind + "]";
    }
}
