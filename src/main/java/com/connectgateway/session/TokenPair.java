package com.connectgateway.session;

import com.connectgateway.upstream.ConstantTime;

/**
 * The digests of one legacy Token/SecureToken pair. {@code secureTokenDigest} is null once that
 * SecureToken was revoked, or for sessions that never had one (OAuth2 pass-through).
 */
public record TokenPair(String tokenDigest, String secureTokenDigest) {

    TokenPair withoutSecureToken(String digest) {
        return ConstantTime.equals(secureTokenDigest, digest) ? new TokenPair(tokenDigest, null) : this;
    }

    @Override
    public String toString() {
        return "TokenPair[***]";
    }
}
