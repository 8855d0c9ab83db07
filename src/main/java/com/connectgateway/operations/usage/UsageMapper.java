package com.connectgateway.operations.usage;

import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.images.V3Fields;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The two directions of ReportUsage (v3-api.md §5.11, §6.12). Legacy AssetUsages become v3's
 * {@code asset_usages} ({@code asset_id}, {@code quantity}, {@code usage_date} as YYYY-MM-DD); v3's
 * answer becomes the ReportUsageResponseBody: TotalAssetUsagesProcessed ←
 * {@code total_asset_usages_processed}, InvalidAssets ← {@code invalid_assets} with one InvalidAssets
 * entry per id, errors when nothing was recorded (v3 records a batch whole or not at all), warnings
 * should a v3 ever record the rest.
 */
final class UsageMapper {

    private UsageMapper() {
    }

    static OperationOutcome outcome(JsonNode v3) {
        Integer total = V3Fields.integer(v3, "total_asset_usages_processed");
        int processed = total == null ? 0 : total;
        List<String> invalid = V3Fields.list(v3, "invalid_assets", id -> id.isValueNode() ? id.asText() : null).stream()
                .filter(Objects::nonNull).toList();
        if (invalid.isEmpty()) {
            return OperationOutcome.of(new ReportUsageResult(processed, null));
        }
        ItemProblems problems = new ItemProblems();
        String consequence = processed > 0 ? "the other usages were recorded."
                : "nothing in this report was recorded; send it again without this asset, under a new TransactionId.";
        invalid.forEach(id -> problems.add(StatusCode.INVALID_ASSETS, "Asset " + id + " is not a valid image id: " + consequence));
        return new OperationOutcome(new ReportUsageResult(processed, invalid), problems.entries(processed > 0));
    }
}
