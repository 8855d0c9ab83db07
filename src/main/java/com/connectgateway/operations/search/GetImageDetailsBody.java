package com.connectgateway.operations.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code GetImageDetailsRequestBody}; image ids may arrive as numbers or strings. */
@RegisterForReflection
public record GetImageDetailsBody(
        @JsonProperty("ImageIds") List<String> imageIds,
        @JsonProperty("Language") String language) {
}
