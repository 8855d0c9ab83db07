package com.connectgateway.upstream;

/** A v3 API key and its secret (the OAuth2 client id and client secret). */
public record ApiCredentials(String apiKey, String apiSecret) {

    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", apiSecret=***]";
    }
}
