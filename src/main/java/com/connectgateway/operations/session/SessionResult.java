package com.connectgateway.operations.session;

import com.connectgateway.session.IssuedTokens;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Result of CreateSession, CreateApplicationSession and RenewSession. AccountId is not written:
 * v3 token answers carry no account id, and the legacy docs return it only where known.
 */
@RegisterForReflection
@JsonPropertyOrder({ "SecureToken", "Token", "TokenDurationMinutes" })
public record SessionResult(
        @JsonProperty("SecureToken") String secureToken,
        @JsonProperty("Token") String token,
        @JsonProperty("TokenDurationMinutes") int tokenDurationMinutes) {

    static SessionResult of(IssuedTokens tokens) {
        return new SessionResult(tokens.secureToken(), tokens.token(), tokens.durationMinutes());
    }

    @Override
    public String toString() {
        return "SessionResult[tokens=***, tokenDurationMinutes=" + tokenDurationMinutes + "]";
    }
}
