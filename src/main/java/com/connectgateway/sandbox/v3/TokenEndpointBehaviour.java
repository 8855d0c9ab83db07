package com.connectgateway.sandbox.v3;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;

/**
 * How the sandbox token endpoint behaves, set through {@code PUT /sandbox/control/token-endpoint}:
 * answer every request with {@code failStatus}, wait {@code delayMillis} first, or issue tokens
 * that live {@code expiresInSeconds}. Null members mean normal behaviour.
 */
@RegisterForReflection
public record TokenEndpointBehaviour(
        @JsonProperty("failStatus") Integer failStatus,
        @JsonProperty("delayMillis") Long delayMillis,
        @JsonProperty("expiresInSeconds") Long expiresInSeconds) {

    public static final TokenEndpointBehaviour NORMAL = new TokenEndpointBehaviour(null, null, null);

    Duration lifetime() {
        return expiresInSeconds == null ? null : Duration.ofSeconds(expiresInSeconds);
    }
}
