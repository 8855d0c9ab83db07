package com.connectgateway.operations.download;

import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3Throttled;
import com.connectgateway.wire.StatusCode;

/**
 * Why one download item failed: the legacy {@code DownloadUrl.Status} value and the StatusList
 * code. The one table for download refusals, shared by token checks and v3 answers.
 */
record DownloadRefusal(String itemStatus, StatusCode code, String message) {

    static DownloadRefusal of(DownloadTokenCodec.Problem problem) {
        return switch (problem) {
            case INVALID -> new DownloadRefusal("InvalidToken", StatusCode.INVALID_DOWNLOAD_TOKEN, "The download token is not valid.");
            case EXPIRED -> new DownloadRefusal("ExpiredToken", StatusCode.EXPIRED_DOWNLOAD_TOKEN, "The download token has expired.");
            case OTHER_SESSION -> new DownloadRefusal("NoAccess", StatusCode.NO_AUTHORIZATIONS,
                    "The download token was issued to another session.");
        };
    }

    static DownloadRefusal of(V3Failure failure) {
        if (failure instanceof V3Throttled throttled) {
            // Checked before the 403 rules: a 2015-style throttle is a 403 too, and it is no refusal.
            return new DownloadRefusal("FailedToGetDownloadUrl", StatusCode.DEPENDENT_SERVICE_DOWN,
                    V3ErrorTranslator.throttledMessage(throttled));
        }
        String code = failure.errorCode() == null ? "" : failure.errorCode();
        int status = failure.status();
        if (status == 403 && code.equals("OverageLimitReached")) {
            return new DownloadRefusal("NoAccess", StatusCode.NO_AUTHORIZATIONS, "The download limit of the product has been reached.");
        }
        if (status == 403 && code.equals("NoAccessToProductType")) {
            return new DownloadRefusal("NoAccess", StatusCode.UNAUTHORIZED_PRODUCT_OFFERING,
                    StatusCode.UNAUTHORIZED_PRODUCT_OFFERING.defaultMessage());
        }
        if (status == 403 && code.equals("UserTokenRequired")) {
            return new DownloadRefusal("NoAccess", StatusCode.AUTH_021, "Downloads need a session opened with user credentials.");
        }
        if (status == 401) {
            return new DownloadRefusal("NoAccess", StatusCode.AUTH_021, StatusCode.AUTH_021.defaultMessage());
        }
        if (status == 403) {
            return new DownloadRefusal("NoAccess", StatusCode.NO_AUTHORIZATIONS, "The image cannot be downloaded with this account.");
        }
        if (status == 404) {
            return new DownloadRefusal("Unavailable", StatusCode.FAILED_TO_GET_DOWNLOAD_URL, "The image or size is not available.");
        }
        return new DownloadRefusal("FailedToGetDownloadUrl", StatusCode.FAILED_TO_GET_DOWNLOAD_URL,
                StatusCode.FAILED_TO_GET_DOWNLOAD_URL.defaultMessage());
    }
}
