package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.ConstantTime;
import com.connectgateway.upstream.UpstreamToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One legacy session. Its legacy tokens are kept only as SHA-256 digests, in {@code pairs}: the
 * CreateSession pair first, then the pairs of the latest renewals (oldest first). Every pair is
 * valid until the one {@code expiresAt}, so all of them expire together. The whole session is one
 * value, so every change of it is one atomic update of one store record.
 *
 * <p>{@code system} is whom the session counts against for the per-system session quota: the
 * legacy SystemId it was opened with (the API key itself in pass-through mode), or the
 * {@code client_id} of an {@code /oauth2/token} request.
 */
public record Session(
        String id,
        SessionKind kind,
        String system,
        List<TokenPair> pairs,
        ApiCredentials credentials,
        UpstreamToken upstream,
        Instant expiresAt) {

    public Session {
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(system, "system");
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a session has at least one token pair");
        }
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Which of this session's tokens has {@code digest}; empty when none (any more). */
    public Optional<TokenKind> kindOf(String digest) {
        for (TokenPair pair : pairs) {
            if (ConstantTime.equals(pair.tokenDigest(), digest)) {
                return Optional.of(kind == SessionKind.OAUTH2_PASSTHROUGH ? TokenKind.OAUTH2_ACCESS : TokenKind.STANDARD);
            }
            if (ConstantTime.equals(pair.secureTokenDigest(), digest)) {
                return Optional.of(TokenKind.SECURE);
            }
        }
        return Optional.empty();
    }

    /** Every digest the session answers to, for a store's index. */
    public Stream<String> digests() {
        return pairs.stream().flatMap(pair -> Stream.of(pair.tokenDigest(), pair.secureTokenDigest()))
                .filter(digest -> digest != null);
    }

    public Session withUpstream(UpstreamToken token) {
        return new Session(id, kind, system, pairs, credentials, token, expiresAt);
    }

    /** Revokes exactly the SecureToken with this digest; the other tokens of the session stay valid. */
    public Session withoutSecureToken(String digest) {
        return new Session(id, kind, system, pairs.stream().map(pair -> pair.withoutSecureToken(digest)).toList(),
                credentials, upstream, expiresAt);
    }

    /**
     * Adds a renewal's pair and moves the common expiry. At most {@code keptPairs} pairs stay: the
     * CreateSession pair (the official samples go on with it after renewing) and the latest
     * renewals; the oldest renewal pair beyond that bound is dropped.
     */
    public Session renewed(TokenPair pair, Instant newExpiry, int keptPairs) {
        if (keptPairs < 2) {
            throw new IllegalArgumentException("keptPairs must leave room for the CreateSession pair and the new one");
        }
        List<TokenPair> next = new ArrayList<>(pairs);
        next.add(pair);
        while (next.size() > keptPairs) {
            next.remove(1);
        }
        return new Session(id, kind, system, next, credentials, upstream, newExpiry);
    }

    @Override
    public String toString() {
        return "Session[id=" + id + ", kind=" + kind + ", pairs=" + pairs.size() + ", expiresAt=" + expiresAt + "]";
    }
}
