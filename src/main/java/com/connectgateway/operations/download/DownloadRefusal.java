package com.connectgateway.operations.download;

import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3FailureKind;
import com.connectgateway.upstream.V3Throttled;
import com.connectgateway.wire.StatusCode;

/**
 * Why one download item failed: the legacy {@code DownloadUrl.Status} value and the StatusList
 * code. The one table for download refusals, shared by token checks and v3 answers (whose
 * classification is {@link V3FailureKind}).
 */
public record DownloadRefusal(String itemStatus, StatusCode code, String message) {

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

    /** The per-item form of a v3 failure: renders every {@link V3FailureKind}. */
    public static DownloadRefusal of(V3Failure failure) {
        return switch (V3FailureKind.of(failure)) {
            case DEADLINE_NOT_SENT -> notRequested();
            case DEADLINE_UNANSWERED, TIMEOUT -> unanswered();
            // A throttle is no refusal: nothing was used, the client may retry.
            case THROTTLED -> new DownloadRefusal("FailedToGetDownloadUrl", StatusCode.DEPENDENT_SERVICE_DOWN,
                    V3ErrorTranslator.throttledMessage((V3Throttled) failure));
            case LIMIT_REACHED -> new DownloadRefusal("NoAccess", StatusCode.NO_AUTHORIZATIONS,
                    "The download limit of the product has been reached.");
            case PRODUCT_NOT_ALLOWED -> new DownloadRefusal("NoAccess", StatusCode.UNAUTHORIZED_PRODUCT_OFFERING,
                    StatusCode.UNAUTHORIZED_PRODUCT_OFFERING.defaultMessage());
            case USER_TOKEN_REQUIRED -> new DownloadRefusal("NoAccess", StatusCode.AUTH_021,
                    "Downloads need a session opened with user credentials.");
            case UNAUTHORIZED -> new DownloadRefusal("NoAccess", StatusCode.AUTH_021, StatusCode.AUTH_021.defaultMessage());
            case CALL_FOR_IMAGE, FORBIDDEN -> new DownloadRefusal("NoAccess", StatusCode.NO_AUTHORIZATIONS,
                    "The image cannot be downloaded with this account.");
            case NOT_FOUND -> new DownloadRefusal("Unavailable", StatusCode.FAILED_TO_GET_DOWNLOAD_URL,
                    "The image or size is not available.");
            case NO_DOWNLOAD_URI, UNAVAILABLE, SERVER_ERROR, BAD_REQUEST, UNEXPECTED -> new DownloadRefusal(
                    "FailedToGetDownloadUrl", StatusCode.FAILED_TO_GET_DOWNLOAD_URL, StatusCode.FAILED_TO_GET_DOWNLOAD_URL.defaultMessage());
        };
    }
}
