package com.connectgateway.operations.lightbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The request bodies of the lightbox operations, members named as the legacy docs name them. */
final class LightboxBodies {

    private LightboxBodies() {
    }

    /** {@code CreateLightboxRequestBody}. */
    @RegisterForReflection
    record CreateBody(
            @JsonProperty("LightboxName") String lightboxName,
            @JsonProperty("ClientName") String clientName,
            @JsonProperty("ProjectName") String projectName,
            @JsonProperty("Notes") String notes) {
    }

    /** {@code UpdateLightboxHeaderRequestBody}. */
    @RegisterForReflection
    record UpdateBody(
            @JsonProperty("LightboxId") Integer lightboxId,
            @JsonProperty("LightboxName") String lightboxName,
            @JsonProperty("ClientName") String clientName,
            @JsonProperty("ProjectName") String projectName,
            @JsonProperty("Notes") String notes) {
    }

    /** {@code GetLightboxHeadersRequestBody}. */
    @RegisterForReflection
    record HeadersBody(@JsonProperty("ResultsViewOptions") ViewOptions resultsViewOptions) {
    }

    @RegisterForReflection
    record ViewOptions(
            @JsonProperty("ItemCount") Integer itemCount,
            @JsonProperty("ItemStartNumber") Integer itemStartNumber) {
    }

    /** {@code GetLightboxRequestBody}. */
    @RegisterForReflection
    record GetBody(
            @JsonProperty("LightboxId") Integer lightboxId,
            @JsonProperty("LightboxItemsViewOptions") ItemsViewOptions itemsViewOptions) {
    }

    @RegisterForReflection
    record ItemsViewOptions(
            @JsonProperty("ItemCount") Integer itemCount,
            @JsonProperty("ItemStartNumber") Integer itemStartNumber,
            @JsonProperty("IncludeMaxSizePerLightboxItem") Boolean includeMaxSizePerLightboxItem) {
    }

    /** {@code DeleteLightboxRequestBody} and {@code CreateSharedLightboxRequestBody}. */
    @RegisterForReflection
    record IdBody(@JsonProperty("LightboxId") Integer lightboxId) {
    }

    /** {@code CreateLightboxItemsRequestBody} and {@code DeleteLightboxItemsRequestBody}. */
    @RegisterForReflection
    record ItemsBody(
            @JsonProperty("LightboxId") Integer lightboxId,
            @JsonProperty("AssetIds") List<String> assetIds) {
    }
}
