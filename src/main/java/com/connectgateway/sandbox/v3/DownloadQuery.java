package com.connectgateway.sandbox.v3;

import java.util.Locale;
import java.util.Set;

/**
 * The query of {@code POST /v3/downloads/images/{id}}, checked for form only (whether the image,
 * size and product fit is {@link SandboxDownloads}' job).
 *
 * @param autoDownload true (the default) answers 303 to the file, false answers {@code {"uri"}}
 * @param eps          whether {@code file_type=eps} was asked for
 * @param height       pixel height of one of the image's download sizes; null means the largest
 * @param productId    null when not given
 * @param productType  lower case; null when not given
 */
record DownloadQuery(boolean autoDownload, boolean eps, Integer height, Integer productId, String productType) {

    private static final Set<String> ACCEPTED = Set.of("auto_download", "file_type", "height", "product_id",
            "product_type", "use_team_credits");

    /** A 400 InvalidParameterValue for an unknown parameter or a value of the wrong form. */
    static DownloadQuery parse(QueryParams params) {
        params.acceptOnly(ACCEPTED::contains, "/v3/downloads/images/{id}");
        boolean autoDownload = bool(params, "auto_download", true);
        bool(params, "use_team_credits", false); // an iStock option: checked, then ignored
        String fileType = lower(params.get("file_type"));
        if (fileType != null && !fileType.equals("jpg") && !fileType.equals("eps")) {
            throw SandboxV3Error.invalidParameter("Invalid value for parameter 'file_type': use jpg or eps.");
        }
        return new DownloadQuery(autoDownload, "eps".equals(fileType), integer(params, "height"),
                integer(params, "product_id"), lower(params.get("product_type")));
    }

    private static boolean bool(QueryParams params, String name, boolean absent) {
        String value = lower(params.get(name));
        if (value == null) {
            return absent;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw SandboxV3Error.invalidParameter("Invalid value for parameter '" + name
                    + "': use true or false.");
        };
    }

    private static Integer integer(QueryParams params, String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw SandboxV3Error.invalidParameter("Invalid value for parameter '" + name + "': not a whole number.");
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
