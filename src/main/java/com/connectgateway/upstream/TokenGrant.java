package com.connectgateway.upstream;

import java.util.LinkedHashMap;
import java.util.Map;

/** One OAuth2 grant the gateway asks for. The string forms never show the secrets. */
public sealed interface TokenGrant {

    /** Form fields specific to this grant (the client credentials are added by the caller). */
    Map<String, String> formFields();

    record ClientCredentials() implements TokenGrant {
        @Override
        public Map<String, String> formFields() {
            return Map.of("grant_type", "client_credentials");
        }
    }

    record Password(String username, String password) implements TokenGrant {
        @Override
        public Map<String, String> formFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("grant_type", "password");
            fields.put("username", username);
            fields.put("password", password);
            return fields;
        }

        @Override
        public String toString() {
            return "Password[username=" + username + ", password=***]";
        }
    }

    record RefreshToken(String refreshToken) implements TokenGrant {
        @Override
        public Map<String, String> formFields() {
            return Map.of("grant_type", "refresh_token", "refresh_token", refreshToken);
        }

        @Override
        public String toString() {
            return "RefreshToken[***]";
        }
    }
}
