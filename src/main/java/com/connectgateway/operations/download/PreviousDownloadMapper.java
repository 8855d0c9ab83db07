package com.connectgateway.operations.download;

import com.connectgateway.operations.download.PreviousDownloadsResult.PreviousDownload;
import com.connectgateway.operations.images.LegacyValues;
import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.operations.images.V3Fields;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Function;

/**
 * One entry of {@code GET /v3/downloads} as a legacy PreviousDownload: AssetId ← {@code id},
 * DateDownloaded ← {@code date_downloaded}, the thumbnail ← {@code thumb_uri}, ProductOffering ←
 * {@code product_type} (creditpack and aigen have no legacy value: null).
 */
@ApplicationScoped
public class PreviousDownloadMapper {

    private final Function<Instant, LegacyDate> dates;

    @Inject
    PreviousDownloadMapper(LegacyDates dates) {
        this(dates::of);
    }

    /** For tests: legacy dates in a zone of their choosing. */
    public PreviousDownloadMapper(Function<Instant, LegacyDate> dates) {
        this.dates = dates;
    }

    public PreviousDownload download(JsonNode v3) {
        Instant downloaded = V3Dates.instant(V3Fields.text(v3, "date_downloaded"));
        String thumb = V3Fields.text(v3, "thumb_uri");
        return new PreviousDownload(V3Fields.text(v3, "id"), downloaded == null ? null : dates.apply(downloaded), thumb, thumb,
                LegacyValues.productOffering(V3Fields.text(v3, "product_type")));
    }
}
