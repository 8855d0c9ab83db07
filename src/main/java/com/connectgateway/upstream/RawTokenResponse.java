package com.connectgateway.upstream;

/** The token endpoint's answer as received, for the pass-through {@code /oauth2/token} proxy. */
public record RawTokenResponse(int status, String contentType, String body) {

    @Override
    public String toString() {
        return "RawTokenResponse[status=" + status + ", body=***]";
    }
}
