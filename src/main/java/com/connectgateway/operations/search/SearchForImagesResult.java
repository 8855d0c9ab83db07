package com.connectgateway.operations.search;

import com.connectgateway.operations.images.SearchImage;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * {@code SearchForImagesResult}. RefinementOptions is always empty: v3 image search has no
 * refinement counts to build it from.
 */
@RegisterForReflection
@JsonPropertyOrder({ "Images", "EditorialSortOrder", "CreativeSortOrder", "ItemCount", "ItemStartNumber", "ItemTotalCount",
        "RefinementOptions" })
public record SearchForImagesResult(
        @JsonProperty("Images") List<SearchImage> images,
        @JsonProperty("EditorialSortOrder") String editorialSortOrder,
        @JsonProperty("CreativeSortOrder") String creativeSortOrder,
        @JsonProperty("ItemCount") int itemCount,
        @JsonProperty("ItemStartNumber") int itemStartNumber,
        @JsonProperty("ItemTotalCount") long itemTotalCount,
        @JsonProperty("RefinementOptions") List<Object> refinementOptions) {
}
