package com.connectgateway.upstream;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.SystemErrors;

/** The one table from v3 failures to legacy status codes. */
public final class V3ErrorTranslator {

    private V3ErrorTranslator() {
    }

    /**
     * @param notFound the operation's own not-found code (ImageNotFound, EventNotFound, ...)
     */
    public static LegacyFault toLegacy(V3Failure failure, StatusCode notFound) {
        int status = failure.status();
        if (failure instanceof V3Throttled throttled) {
            return new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, throttledMessage(throttled));
        }
        if (status == 0) {
            // No v3 answer: the message is the gateway's own account of what went wrong.
            return new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, failure.getMessage());
        }
        if (status >= 500) {
            // A v3 server error's text is upstream-internal; clients get the plain legacy message.
            return new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The image service failed to answer (HTTP " + status + ").");
        }
        return switch (status) {
            // Only a 400's text helps the client: it names the parameter v3 refused.
            case 400 -> new LegacyFault(StatusCode.INVALID_REQUEST, failure.getMessage());
            case 401 -> new LegacyFault(StatusCode.AUTH_021);
            case 403 -> "UnauthorizedProductOffering".equals(failure.errorCode()) || "NoAccessToProductType".equals(failure.errorCode())
                    ? new LegacyFault(StatusCode.UNAUTHORIZED_PRODUCT_OFFERING)
                    : new LegacyFault(StatusCode.NO_AUTHORIZATIONS);
            case 404 -> new LegacyFault(notFound);
            default -> SystemErrors.fault("Unexpected v3 answer HTTP " + status + " (" + failure.errorCode() + ")", null);
        };
    }

    /** What a client is told when v3 throttles: retry, and after how long when v3 said. */
    public static String throttledMessage(V3Throttled throttled) {
        return "The image service is throttling requests; retry after "
                + (throttled.retryAfter() == null ? "a few" : Long.toString(Math.max(1, throttled.retryAfter().toSeconds())))
                + " seconds.";
    }
}
