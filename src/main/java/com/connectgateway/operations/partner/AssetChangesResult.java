package com.connectgateway.operations.partner;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code GetAssetChangesResponseBody}: the changed assets of one change set and the set's id. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "ChangedAssets", "TransactionId" })
public record AssetChangesResult(
        @JsonProperty("ChangedAssets") List<ChangedAsset> changedAssets,
        @JsonProperty("TransactionId") String transactionId) {

    /** What a channel without pending changes answers: no assets, nothing to confirm. */
    static AssetChangesResult none() {
        return new AssetChangesResult(List.of(), null);
    }

    /** One {@code ChangedAssets} entry, members in the docs' order. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "AssetChangedDateTimeUtc", "AssetId", "AssetLifecycle", "AssetType", "ChangedProperties", "Url" })
    public record ChangedAsset(
            @JsonProperty("AssetChangedDateTimeUtc") LegacyDate assetChangedDateTimeUtc,
            @JsonProperty("AssetId") String assetId,
            @JsonProperty("AssetLifecycle") String assetLifecycle,
            @JsonProperty("AssetType") String assetType,
            @JsonProperty("ChangedProperties") List<String> changedProperties,
            @JsonProperty("Url") String url) {
    }
}
