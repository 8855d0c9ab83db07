package com.connectgateway.operations.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * {@code ReportUsageResponseBody}: the usages recorded, and the ids v3 refused (null when it refused
 * none, a list when it did).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "TotalAssetUsagesProcessed", "InvalidAssets" })
public record ReportUsageResult(
        @JsonProperty("TotalAssetUsagesProcessed") int totalAssetUsagesProcessed,
        @JsonProperty("InvalidAssets") List<String> invalidAssets) {

    /** A duplicate report: nothing recorded this time. */
    static ReportUsageResult notRecorded() {
        return new ReportUsageResult(0, null);
    }
}
