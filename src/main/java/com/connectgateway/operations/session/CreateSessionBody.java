package com.connectgateway.operations.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code CreateSessionRequestBody}; without UserName it opens an anonymous (application) session. */
@RegisterForReflection
public record CreateSessionBody(
        @JsonProperty("SystemId") String systemId,
        @JsonProperty("SystemPassword") String systemPassword,
        @JsonProperty("UserName") String userName,
        @JsonProperty("UserPassword") String userPassword) {

    @Override
    public String toString() {
        return "CreateSessionBody[systemId=" + systemId + ", userName=" + userName + ", passwords=***]";
    }
}
