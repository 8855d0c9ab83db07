package com.connectgateway.operations.purchase;

import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.operations.images.V3Fields;
import com.connectgateway.operations.purchase.PreviousPurchasesResult.PreviousPurchase;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Function;

/**
 * One entry of {@code GET /v3/purchased-assets} as a legacy PreviousPurchase: AssetId ←
 * {@code asset_id} ({@code image_id} as v3 named it in 2015-16), DatePurchased ←
 * {@code date_purchased}, OrderId ← {@code order_id} (a string, whatever JSON type v3 used),
 * UrlThumb ← {@code thumb_uri}.
 */
@ApplicationScoped
public class PreviousPurchaseMapper {

    private final Function<Instant, LegacyDate> dates;

    @Inject
    PreviousPurchaseMapper(LegacyDates dates) {
        this(dates::of);
    }

    /** For tests: legacy dates in a zone of their choosing. */
    public PreviousPurchaseMapper(Function<Instant, LegacyDate> dates) {
        this.dates = dates;
    }

    public PreviousPurchase purchase(JsonNode v3) {
        Instant purchased = V3Dates.instant(V3Fields.text(v3, "date_purchased"));
        String assetId = V3Fields.text(v3, "asset_id");
        return new PreviousPurchase(assetId != null ? assetId : V3Fields.text(v3, "image_id"),
                purchased == null ? null : dates.apply(purchased), V3Fields.text(v3, "order_id"),
                V3Fields.text(v3, "thumb_uri"));
    }
}
