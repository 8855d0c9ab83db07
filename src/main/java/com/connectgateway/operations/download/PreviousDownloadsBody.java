package com.connectgateway.operations.download;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code GetPreviousDownloadsRequestBody}. The docs' JSON template names the range members
 * {@code Start}/{@code End}, their field table {@code StartDate}/{@code EndDate}: both are read.
 */
@RegisterForReflection
public record PreviousDownloadsBody(
        @JsonProperty("ItemCount") Integer itemCount,
        @JsonProperty("ItemStartNumber") Integer itemStartNumber,
        @JsonProperty("Filter") Filter filter) {

    @RegisterForReflection
    public record Filter(
            @JsonProperty("DateRange") DateRange dateRange,
            @JsonProperty("ProductOffering") String productOffering) {
    }

    @RegisterForReflection
    public record DateRange(
            @JsonProperty("Start") String start,
            @JsonProperty("End") String end,
            @JsonProperty("StartDate") String startDate,
            @JsonProperty("EndDate") String endDate) {
    }
}
