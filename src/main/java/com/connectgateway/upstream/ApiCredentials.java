package com.connectgateway.upstream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A v3 API key and its secret (the OAuth2 client id and client secret). Equality compares both in
 * constant time, so checking presented credentials (RenewSession) reveals nothing by its timing.
 */
public record ApiCredentials(String apiKey, String apiSecret) {

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ApiCredentials that)) {
            return false;
        }
        // Both compared every time: a wrong key takes as long as a wrong secret.
        boolean sameKey = constantTimeEquals(apiKey, that.apiKey);
        boolean sameSecret = constantTimeEquals(apiSecret, that.apiSecret);
        return sameKey & sameSecret;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(apiKey); // never derived from the secret
    }

    private static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", apiSecret=***]";
    }
}
