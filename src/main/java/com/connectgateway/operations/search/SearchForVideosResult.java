package com.connectgateway.operations.search;

import com.connectgateway.operations.videos.SearchVideo;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code SearchForVideosResult}. */
@RegisterForReflection
@JsonPropertyOrder({ "Videos", "ItemCount", "ItemStartNumber", "ItemTotalCount" })
public record SearchForVideosResult(
        @JsonProperty("Videos") List<SearchVideo> videos,
        @JsonProperty("ItemCount") int itemCount,
        @JsonProperty("ItemStartNumber") int itemStartNumber,
        @JsonProperty("ItemTotalCount") long itemTotalCount) {
}
