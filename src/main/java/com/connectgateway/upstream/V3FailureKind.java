package com.connectgateway.upstream;

/**
 * What a failed v3 call means, decided once here from its failure class, HTTP status and v3 error
 * code. Each legacy form (an operation's StatusList code, a download item's Status, the HTTP status
 * of SingleStepDownload) renders every kind with an exhaustive switch, so a new kind cannot be
 * left unmapped by any of them.
 */
public enum V3FailureKind {
    /** 429, or the 2015-style 403 "Account Over ... Limit": nothing was done, retry later. */
    THROTTLED,
    /** The operation deadline passed before the call went out: nothing reached v3. */
    DEADLINE_NOT_SENT,
    /** The operation deadline passed while v3 had the request: it may have acted. */
    DEADLINE_UNANSWERED,
    /** The call's own timeout passed while v3 had the request: it may have acted. */
    TIMEOUT,
    /** v3 answered 2xx without a usable download location. */
    NO_DOWNLOAD_URI,
    /** No usable answer at all: refused or reset connection, unreadable body, open breaker, full bulkhead. */
    UNAVAILABLE,
    /** 5xx. */
    SERVER_ERROR,
    /** 400: v3 refused a parameter. */
    BAD_REQUEST,
    /** 401: v3 refused the upstream token. */
    UNAUTHORIZED,
    /** 403 UserTokenRequired: the call needs a session opened with user credentials. */
    USER_TOKEN_REQUIRED,
    /** 403 NoAccessToProductType (2015 name) or UnauthorizedProductOffering. */
    PRODUCT_NOT_ALLOWED,
    /** 403 OverageLimitReached: the product's download limit is used up. */
    LIMIT_REACHED,
    /** 403 CallForImage: the image is licensed only by calling Getty. */
    CALL_FOR_IMAGE,
    /** Any other 403. */
    FORBIDDEN,
    /** 404. */
    NOT_FOUND,
    /** Any other status (3xx, 402, 405, 409, ...): nothing the gateway expects from v3. */
    UNEXPECTED;

    /** The one classification of v3 failures. */
    public static V3FailureKind of(V3Failure failure) {
        // Class checks first: a 2015-style throttle is a 403, a deadline has status 0.
        if (failure instanceof V3Throttled) {
            return THROTTLED;
        }
        if (failure instanceof V3DeadlineExceeded deadline) {
            return deadline.sent() ? DEADLINE_UNANSWERED : DEADLINE_NOT_SENT;
        }
        String code = failure.errorCode() == null ? "" : failure.errorCode();
        int status = failure.status();
        if (status == 0) {
            return switch (code) {
                case V3Api.TIMEOUT -> TIMEOUT;
                case V3Api.NO_DOWNLOAD_URI -> NO_DOWNLOAD_URI;
                default -> UNAVAILABLE;
            };
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> switch (code) {
                case "UserTokenRequired" -> USER_TOKEN_REQUIRED;
                case "NoAccessToProductType", "UnauthorizedProductOffering" -> PRODUCT_NOT_ALLOWED;
                case "OverageLimitReached" -> LIMIT_REACHED;
                case "CallForImage" -> CALL_FOR_IMAGE;
                default -> FORBIDDEN;
            };
            case 404 -> NOT_FOUND;
            default -> UNEXPECTED;
        };
    }
}
