package com.connectgateway.endpoint;

import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3FailureKind;

/** The SingleStepDownload form of a v3 failure: the documented HTTP status and its message. */
public record SingleStepRefusal(int status, String message) {

    public static SingleStepRefusal of(V3Failure failure) {
        return switch (V3FailureKind.of(failure)) {
            case UNAUTHORIZED, USER_TOKEN_REQUIRED -> new SingleStepRefusal(401, "This token is not fully authenticated.");
            case PRODUCT_NOT_ALLOWED -> new SingleStepRefusal(403, "Product offering can not be used with this resource.");
            case LIMIT_REACHED, FORBIDDEN -> new SingleStepRefusal(403, "No product offering found.");
            case CALL_FOR_IMAGE -> new SingleStepRefusal(404, "No authorizations were found for the asset.");
            case NOT_FOUND -> new SingleStepRefusal(404, "Image not found.");
            // v3 answered, but with nothing the client could be redirected to.
            case NO_DOWNLOAD_URI -> new SingleStepRefusal(502, failure.getMessage());
            case THROTTLED, DEADLINE_NOT_SENT, DEADLINE_UNANSWERED, TIMEOUT, UNAVAILABLE, SERVER_ERROR, BAD_REQUEST, UNEXPECTED ->
                    new SingleStepRefusal(503, "The image service is unavailable.");
        };
    }
}
