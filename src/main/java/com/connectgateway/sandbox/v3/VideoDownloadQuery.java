package com.connectgateway.sandbox.v3;

import java.util.Locale;
import java.util.Set;

/**
 * The query of {@code POST /v3/downloads/videos/{id}}, checked for form only: {@code size} (a
 * {@code download_sizes[].name}, required), {@code auto_download} (v3's default for videos is
 * false: 200 with the URI), {@code product_id}, {@code product_type}, {@code use_team_credits}.
 */
record VideoDownloadQuery(boolean autoDownload, String size, Integer productId, String productType) {

    private static final Set<String> ACCEPTED = Set.of("auto_download", "size", "product_id", "product_type",
            "use_team_credits");

    static VideoDownloadQuery parse(QueryParams params) {
        params.acceptOnly(ACCEPTED::contains, "/v3/downloads/videos/{id}");
        QueryReader in = new QueryReader(params);
        in.bool("use_team_credits"); // an iStock option: checked, then ignored
        String size = params.get("size");
        if (size == null) {
            throw SandboxV3Error.invalidParameter("Parameter 'size' is required: the name of one of the video's "
                    + "download_sizes.");
        }
        String productType = params.get("product_type");
        return new VideoDownloadQuery(Boolean.TRUE.equals(in.bool("auto_download")), size.toLowerCase(Locale.ROOT),
                in.integer("product_id", Integer.MIN_VALUE, Integer.MAX_VALUE),
                productType == null ? null : productType.toLowerCase(Locale.ROOT));
    }
}
