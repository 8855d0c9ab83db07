package com.connectgateway.operations.lightbox;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Optional;

/**
 * The result shapes of the lightbox operations, in the legacy names, order and JSON types (where
 * the docs' JSON template and field table disagree, docs/legacy-compatibility.md says which won).
 */
final class LightboxResults {

    private LightboxResults() {
    }

    /** {@code CreateLightboxResult}. */
    @RegisterForReflection
    record Created(@JsonProperty("LightboxId") int lightboxId) {
    }

    /** {@code GetLightboxHeadersResult}. */
    @RegisterForReflection
    @JsonPropertyOrder({ "LightboxHeaders", "TotalLightboxHeaderCount" })
    record Headers(
            @JsonProperty("LightboxHeaders") List<Header> lightboxHeaders,
            @JsonProperty("TotalLightboxHeaderCount") long totalLightboxHeaderCount) {
    }

    /** A {@code LightboxHeader}: LightboxId and LightboxItemCount are strings, as the docs' table types them. */
    @RegisterForReflection
    @JsonPropertyOrder({ "LightboxId", "LightboxName", "ClientName", "ProjectName", "DateCreated", "DateModified", "IsShared",
            "LightboxItemCount", "LightboxUrl", "Notes" })
    record Header(
            @JsonProperty("LightboxId") String lightboxId,
            @JsonProperty("LightboxName") String lightboxName,
            @JsonProperty("ClientName") String clientName,
            @JsonProperty("ProjectName") String projectName,
            @JsonProperty("DateCreated") LegacyDate dateCreated,
            @JsonProperty("DateModified") LegacyDate dateModified,
            @JsonProperty("IsShared") boolean isShared,
            @JsonProperty("LightboxItemCount") String lightboxItemCount,
            @JsonProperty("LightboxUrl") String lightboxUrl,
            @JsonProperty("Notes") String notes) {
    }

    /** {@code GetLightboxResult}. */
    @RegisterForReflection
    record Got(@JsonProperty("Lightbox") Lightbox lightbox) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "LightboxHeader", "LightboxItems" })
    record Lightbox(
            @JsonProperty("LightboxHeader") Header lightboxHeader,
            @JsonProperty("LightboxItems") List<Item> lightboxItems) {
    }

    /**
     * A {@code LightboxItem}. MaxWidthAvailable and MaxHeightAvailable are left out unless the
     * request asked for them (null here); asked for and unknown, they are JSON null.
     */
    @RegisterForReflection
    @JsonPropertyOrder({ "AssetId", "Comment", "DateCreated", "DateModified", "ItemPosition", "LightboxItemId", "Urls",
            "MaxWidthAvailable", "MaxHeightAvailable", "Title", "Caption" })
    record Item(
            @JsonProperty("AssetId") String assetId,
            @JsonProperty("Comment") String comment,
            @JsonProperty("DateCreated") LegacyDate dateCreated,
            @JsonProperty("DateModified") LegacyDate dateModified,
            @JsonProperty("ItemPosition") int itemPosition,
            @JsonProperty("LightboxItemId") Integer lightboxItemId,
            @JsonProperty("Urls") Urls urls,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("MaxWidthAvailable") Optional<Integer> maxWidthAvailable,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("MaxHeightAvailable") Optional<Integer> maxHeightAvailable,
            @JsonProperty("Title") String title,
            @JsonProperty("Caption") String caption) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "Preview", "SmallThumb", "Thumb", "WatermarkPreview" })
    record Urls(
            @JsonProperty("Preview") String preview,
            @JsonProperty("SmallThumb") String smallThumb,
            @JsonProperty("Thumb") String thumb,
            @JsonProperty("WatermarkPreview") String watermarkPreview) {
    }
}
