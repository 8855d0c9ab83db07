package com.connectgateway.upstream;

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
        boolean sameKey = ConstantTime.equals(apiKey, that.apiKey);
        boolean sameSecret = ConstantTime.equals(apiSecret, that.apiSecret);
        return sameKey & sameSecret;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(apiKey); // never derived from the secret
    }

    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", apiSecret=***]";
    }
}
