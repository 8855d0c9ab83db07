package com.connectgateway.operations.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of CreateApplicationSession and RenewSession: system credentials only. */
@RegisterForReflection
public record SystemCredentialsBody(
        @JsonProperty("SystemId") String systemId,
        @JsonProperty("SystemPassword") String systemPassword) {

    @Override
    public String toString() {
        return "SystemCredentialsBody[systemId=" + systemId + ", systemPassword=***]";
    }
}
