package com.connectgateway.sandbox.v3;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of {@code POST /v3/boards} and {@code PUT /v3/boards/{id}}: a name (required) and a description. */
@RegisterForReflection
record BoardInfo(@JsonProperty("name") String name, @JsonProperty("description") String description) {
}
