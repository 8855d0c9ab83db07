package com.connectgateway.operations.download;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code GetPreviousDownloadsResultBody}: the window of downloads and its paging numbers. */
@RegisterForReflection
@JsonPropertyOrder({ "PreviousDownloads", "ItemCount", "ItemStartNumber", "ItemTotalCount" })
public record PreviousDownloadsResult(
        @JsonProperty("PreviousDownloads") List<PreviousDownload> previousDownloads,
        @JsonProperty("ItemCount") int itemCount,
        @JsonProperty("ItemStartNumber") int itemStartNumber,
        @JsonProperty("ItemTotalCount") long itemTotalCount) {

    /**
     * One download. The docs' template calls the thumbnail {@code ThumbnailImageUrl}, their field
     * table {@code UrlThumb}; both members carry it, so a client reading either finds it.
     */
    @RegisterForReflection
    @JsonPropertyOrder({ "AssetId", "DateDownloaded", "ThumbnailImageUrl", "UrlThumb", "ProductOffering" })
    public record PreviousDownload(
            @JsonProperty("AssetId") String assetId,
            @JsonProperty("DateDownloaded") LegacyDate dateDownloaded,
            @JsonProperty("ThumbnailImageUrl") String thumbnailImageUrl,
            @JsonProperty("UrlThumb") String urlThumb,
            @JsonProperty("ProductOffering") String productOffering) {
    }
}
