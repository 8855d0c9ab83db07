package com.connectgateway.operations.images;

import com.connectgateway.operations.images.LegacyImageParts.Keyword;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** An entry of {@code SearchForImagesResult.Images}; written by {@link SearchImageSerializer}, which the names below document. */
@JsonSerialize(using = SearchImageSerializer.class) // legacy names and order: see LegacyImageWriter
@RegisterForReflection
public record SearchImage(
        ImageSummary summary,
        @JsonProperty("AuthorizationConstraints") List<String> authorizationConstraints,
        @JsonProperty("Keywords") List<Keyword> keywords,
        @JsonProperty("Orientations") List<String> orientations,
        @JsonProperty("UrlEmbed") String urlEmbed) {
}
