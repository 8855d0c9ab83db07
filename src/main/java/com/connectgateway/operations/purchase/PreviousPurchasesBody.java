package com.connectgateway.operations.purchase;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code GetPreviousPurchasesRequestBody}. */
@RegisterForReflection
public record PreviousPurchasesBody(
        @JsonProperty("ItemCount") Integer itemCount,
        @JsonProperty("ItemStartNumber") Integer itemStartNumber,
        @JsonProperty("ItemSortType") String itemSortType,
        @JsonProperty("Filter") Filter filter) {

    @RegisterForReflection
    public record Filter(
            @JsonProperty("SearchCriteria") String searchCriteria,
            @JsonProperty("SearchCriteriaType") String searchCriteriaType) {
    }
}
