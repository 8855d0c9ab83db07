package com.connectgateway.operations.purchase;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code GetPreviousPurchasesResultBody}: the window of purchases and its paging numbers. */
@RegisterForReflection
@JsonPropertyOrder({ "PreviousPurchases", "ItemCount", "ItemStartNumber", "ItemTotalCount" })
public record PreviousPurchasesResult(
        @JsonProperty("PreviousPurchases") List<PreviousPurchase> previousPurchases,
        @JsonProperty("ItemCount") int itemCount,
        @JsonProperty("ItemStartNumber") int itemStartNumber,
        @JsonProperty("ItemTotalCount") long itemTotalCount) {

    @RegisterForReflection
    @JsonPropertyOrder({ "AssetId", "DatePurchased", "OrderId", "UrlThumb" })
    public record PreviousPurchase(
            @JsonProperty("AssetId") String assetId,
            @JsonProperty("DatePurchased") LegacyDate datePurchased,
            @JsonProperty("OrderId") String orderId,
            @JsonProperty("UrlThumb") String urlThumb) {
    }
}
