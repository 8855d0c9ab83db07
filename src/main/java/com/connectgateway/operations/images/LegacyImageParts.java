package com.connectgateway.operations.images;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The small value objects inside a legacy image entry. */
public final class LegacyImageParts {

    private LegacyImageParts() {
    }

    /** A search keyword: Id, Text, Type and VisualProminence (which v3 has no source for). */
    @RegisterForReflection
    @JsonPropertyOrder({ "Id", "Text", "Type", "VisualProminence" })
    public record Keyword(
            @JsonProperty("Id") String id,
            @JsonProperty("Text") String text,
            @JsonProperty("Type") String type,
            @JsonProperty("VisualProminence") String visualProminence) {
    }

    /** GetImageDetails lists keywords with Id and Text only. */
    @RegisterForReflection
    @JsonPropertyOrder({ "Id", "Text" })
    public record KeywordText(@JsonProperty("Id") String id, @JsonProperty("Text") String text) {

        static KeywordText of(Keyword keyword) {
            return new KeywordText(keyword.id(), keyword.text());
        }
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "SiteName", "Url" })
    public record ReferralDestination(@JsonProperty("SiteName") String siteName, @JsonProperty("Url") String url) {
    }

    /** One entry of SizesDownloadableImages. */
    @RegisterForReflection
    @JsonPropertyOrder({ "FileSizeInBytes", "InchesHeight", "InchesWidth", "MimeType", "PixelHeight", "PixelWidth",
            "ResolutionDpi", "SizeKey", "SizeName" })
    public record DownloadableSize(
            @JsonProperty("FileSizeInBytes") Long fileSizeInBytes,
            @JsonProperty("InchesHeight") Double inchesHeight,
            @JsonProperty("InchesWidth") Double inchesWidth,
            @JsonProperty("MimeType") String mimeType,
            @JsonProperty("PixelHeight") Integer pixelHeight,
            @JsonProperty("PixelWidth") Integer pixelWidth,
            @JsonProperty("ResolutionDpi") Integer resolutionDpi,
            @JsonProperty("SizeKey") String sizeKey,
            @JsonProperty("SizeName") String sizeName) {
    }
}
