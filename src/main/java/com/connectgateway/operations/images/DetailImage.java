package com.connectgateway.operations.images;

import com.connectgateway.operations.images.LegacyImageParts.DownloadableSize;
import com.connectgateway.operations.images.LegacyImageParts.KeywordText;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** An entry of {@code GetImageDetailsResult.Images}; written by {@link DetailImageSerializer}, which the names below document. */
@JsonSerialize(using = DetailImageSerializer.class) // legacy names and order: see LegacyImageWriter
@RegisterForReflection
public record DetailImage(
        ImageSummary summary,
        @JsonProperty("ArtistTitle") String artistTitle,
        @JsonProperty("City") String city,
        @JsonProperty("Country") String country,
        @JsonProperty("CreditLine") String creditLine,
        @JsonProperty("EventId") Long eventId,
        @JsonProperty("Keywords") List<KeywordText> keywords,
        @JsonProperty("SizesDownloadableImages") List<DownloadableSize> sizesDownloadableImages,
        @JsonProperty("StateProvince") String stateProvince,
        @JsonProperty("UrlHiResComp") String urlHiResComp,
        @JsonProperty("UrlWatermarkHiResComp") String urlWatermarkHiResComp) {
}
