package com.connectgateway.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** OAuth2 client credentials sent as {@code Authorization: Basic base64(id:secret)}. */
record BasicClientCredentials(String clientId, String clientSecret) {

    static Optional<BasicClientCredentials> from(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new BasicClientCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BasicClientCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
}
