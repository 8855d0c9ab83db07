package com.connectgateway.upstream;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.SystemErrors;

/**
 * Renders a v3 failure ({@link V3FailureKind}) as the legacy fault of a whole operation: the
 * StatusList code and message. The per-item and SingleStepDownload forms render the same kinds.
 */
public final class V3ErrorTranslator {

    private V3ErrorTranslator() {
    }

    /**
     * @param notFound the operation's own not-found code (ImageNotFound, EventNotFound, ...)
     */
    public static LegacyFault toLegacy(V3Failure failure, StatusCode notFound) {
        return switch (V3FailureKind.of(failure)) {
            case THROTTLED -> new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, throttledMessage((V3Throttled) failure));
            // No v3 answer: the message is the gateway's own account of what went wrong.
            case DEADLINE_NOT_SENT, DEADLINE_UNANSWERED, TIMEOUT, NO_DOWNLOAD_URI, UNAVAILABLE ->
                    new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, failure.getMessage());
            // A v3 server error's text is upstream-internal; clients get the plain legacy message.
            case SERVER_ERROR -> new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN,
                    "The image service failed to answer (HTTP " + failure.status() + ").");
            // Only a 400's text helps the client: it names the parameter v3 refused.
            case BAD_REQUEST -> new LegacyFault(StatusCode.INVALID_REQUEST, failure.getMessage());
            case UNAUTHORIZED -> new LegacyFault(StatusCode.AUTH_021);
            case PRODUCT_NOT_ALLOWED -> new LegacyFault(StatusCode.UNAUTHORIZED_PRODUCT_OFFERING);
            case USER_TOKEN_REQUIRED, LIMIT_REACHED, CALL_FOR_IMAGE, FORBIDDEN -> new LegacyFault(StatusCode.NO_AUTHORIZATIONS);
            case NOT_FOUND -> new LegacyFault(notFound);
            case UNEXPECTED -> SystemErrors.fault("Unexpected v3 answer HTTP " + failure.status() + " (" + failure.errorCode() + ")", null);
        };
    }

    /** What a client is told when v3 throttles: retry, and after how long when v3 said. */
    public static String throttledMessage(V3Throttled throttled) {
        return "The image service is throttling requests; retry after "
                + (throttled.retryAfter() == null ? "a few" : Long.toString(Math.max(1, throttled.retryAfter().toSeconds())))
                + " seconds.";
    }
}
