package com.connectgateway.operations.partner;

import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.operations.images.V3Fields;
import com.connectgateway.operations.partner.AssetChangesResult.ChangedAsset;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One v3 change set ({@code PUT /v3/asset-changes/change-sets}, v3-api.md §5.10/§6.12) as a legacy
 * GetAssetChangesResponseBody: TransactionId ← change_set_id; per changed asset AssetId ← id,
 * AssetLifecycle ← asset_lifecycle (v3's Update and Delete in the legacy Updated and Deleted),
 * AssetType ← asset_type, AssetChangedDateTimeUtc ← asset_changed_utc_datetime (a legacy date; a
 * v3 time without a zone is UTC), Url ← uri. ChangedProperties has no v3 source (legacy did not
 * fill it either): an empty list. The 2015-16 PascalCase names (ChangeSetId, ChangedAssetList, Id,
 * Uri, ...) are read too.
 */
@ApplicationScoped
public class AssetChangeMapper {

    private final Function<Instant, LegacyDate> dates;

    @Inject
    AssetChangeMapper(LegacyDates dates) {
        this(dates::of);
    }

    /** With a date rendering of its own, for tests without the configuration. */
    AssetChangeMapper(Function<Instant, LegacyDate> dates) {
        this.dates = dates;
    }

    /** The result for v3's answer; a missing or empty answer (nothing pending) gives no assets and no TransactionId. */
    public AssetChangesResult result(JsonNode changeSet) {
        if (changeSet == null || changeSet.isMissingNode() || changeSet.isNull() || changeSet.isEmpty()) {
            return AssetChangesResult.none();
        }
        String id = either(changeSet, "change_set_id", "ChangeSetId");
        String member = changeSet.has("changed_assets") ? "changed_assets" : "ChangedAssetList";
        List<ChangedAsset> assets = V3Fields.list(changeSet, member, this::asset);
        return new AssetChangesResult(assets, id);
    }

    ChangedAsset asset(JsonNode v3) {
        Instant changed = V3Dates.instant(either(v3, "asset_changed_utc_datetime", "AssetChangedUtcDateTime"));
        return new ChangedAsset(changed == null ? null : dates.apply(changed), either(v3, "id", "Id"),
                lifecycle(either(v3, "asset_lifecycle", "AssetLifecycle")), either(v3, "asset_type", "AssetType"),
                List.of(), either(v3, "uri", "Uri"));
    }

    /** v3's lifecycle in the legacy words (New, Updated, Deleted); one the gateway does not know passes unchanged. */
    static String lifecycle(String v3) {
        if (v3 == null) {
            return null;
        }
        return switch (v3) {
            case "Update", "update", "Updated" -> "Updated";
            case "Delete", "delete", "Deleted" -> "Deleted";
            case "New", "new" -> "New";
            default -> v3;
        };
    }

    private static String either(JsonNode node, String current, String older) {
        String value = V3Fields.text(node, current);
        return value != null ? value : V3Fields.text(node, older);
    }
}
