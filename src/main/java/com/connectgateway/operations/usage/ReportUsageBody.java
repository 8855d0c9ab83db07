package com.connectgateway.operations.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code ReportUsageRequestBody}, members named as the legacy docs name them. */
@RegisterForReflection
public record ReportUsageBody(
        @JsonProperty("TransactionId") String transactionId,
        @JsonProperty("AssetUsages") List<AssetUsage> assetUsages) {

    /** One {@code AssetUsages} entry. */
    @RegisterForReflection
    public record AssetUsage(
            @JsonProperty("AssetId") String assetId,
            @JsonProperty("Quantity") Integer quantity,
            @JsonProperty("UsageDate") String usageDate) {
    }
}
