package com.connectgateway.operations.images;

import com.connectgateway.operations.images.LegacyImageParts.Keyword;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** An entry of {@code SearchForImagesResult.Images}. */
@RegisterForReflection
public record SearchImage(
        @JsonUnwrapped ImageSummary summary,
        @JsonProperty("AuthorizationConstraints") List<String> authorizationConstraints,
        @JsonProperty("Keywords") List<Keyword> keywords,
        @JsonProperty("Orientations") List<String> orientations,
        @JsonProperty("UrlEmbed") String urlEmbed) {
}
