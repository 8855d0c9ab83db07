package com.connectgateway.operations.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * {@code GetEventDetailsRequestBody}. The legacy doc defines only EventIds; ids are read as text so
 * that one which is not a whole number can be named in the error. Language is not in the doc but
 * is what the other search operations take, so a client sending it gets the same treatment.
 */
@RegisterForReflection
public record GetEventDetailsBody(
        @JsonProperty("EventIds") List<String> eventIds,
        @JsonProperty("Language") String language) {
}
