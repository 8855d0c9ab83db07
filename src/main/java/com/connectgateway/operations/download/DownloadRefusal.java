package com.connectgateway.operations.download;

import com.connectgateway.upstream.V3DeadlineExceeded;
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

    /**
     * The operation deadline passed before the item's POST was sent: nothing was used, and the
     * client may send the token again. Told like a throttled v3, the other "nothing happened, retry".
     */
    static DownloadRefusal notRequested() {
        return new DownloadRefusal("FailedToGetDownloadUrl", StatusCode.DEPENDENT_SERVICE_DOWN,
                "Not requested: the time limit of the request was reached first; no download was used, send the token again.");
    }

    /** The POST was sent but no answer came in time: v3 may have counted the download. */
    static DownloadRefusal unanswered() {
        return new DownloadRefusal("FailedToGetDownloadUrl", StatusCode.FAILED_TO_GET_DOWNLOAD_URL,
                "The image service did not answer in time; the download may have been counted.");
    }

    static DownloadRefusal of(V3Failure failure) {
        if (failure instanceof V3DeadlineExceeded deadline) {
            return deadline.sent() ? unanswered() : notRequested();
        }
        if (failure.status() == 0 && "Timeout".equals(failure.errorCode())) {
            return unanswered();
        }
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
