package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One request the sandbox received, as {@code GET /sandbox/control/hits} lists it: {@code at} is
 * epoch milliseconds, {@code fault} the fault applied ({@code none} when answered normally).
 */
@RegisterForReflection
public record Hit(
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("at") long at,
        @JsonProperty("fault") String fault) {
}
