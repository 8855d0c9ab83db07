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

    /**
     * GetImageDetails keywords: the docs show Id and Text; Type is added as in SearchForImages
     * because clients group details keywords by it too. VisualProminence is a search member only.
     */
    @RegisterForReflection
    @JsonPropertyOrder({ "Id", "Text", "Type" })
    public record KeywordText(@JsonProperty("Id") String id, @JsonProperty("Text") String text,
            @JsonProperty("Type") String type) {

        static KeywordText of(Keyword keyword) {
            return new KeywordText(keyword.id(), keyword.text(), keyword.type());
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
