package com.connectgateway.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of {@code ResponseHeader.StatusList}. */
@RegisterForReflection
@JsonPropertyOrder({ "Type", "Code", "Message" })
public record StatusEntry(
        @JsonProperty("Type") StatusType type,
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message) {

    public static StatusEntry of(StatusCode code) {
        return new StatusEntry(code.defaultType(), code.wire(), code.defaultMessage());
    }

    public static StatusEntry of(StatusCode code, String message) {
        return new StatusEntry(code.defaultType(), code.wire(), message);
    }
}
