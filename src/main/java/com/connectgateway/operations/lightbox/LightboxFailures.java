package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.UserSessions;
import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3FailureKind;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;

/**
 * How a failed v3 board call reads as a legacy lightbox fault: 404 (BoardNotFound) is
 * LightboxIdDoesNotExist, 403 (InsufficientAccess: the caller was only invited) is
 * OperationValidOnlyForLightboxOwner, and a change v3 may have made without answering in time is
 * reported as possibly done, never as simply failed. Everything else as for any operation.
 */
final class LightboxFailures {

    static final String OWNED = "A lightbox";
    static final String USER_SESSION_REQUIRED = UserSessions.message(OWNED);

    private LightboxFailures() {
    }

    /** For board reads (lists, a board with its items, the look-up of a LightboxId). */
    static LegacyFault ofRead(V3Failure failure) {
        return switch (V3FailureKind.of(failure)) {
            case FORBIDDEN -> new LegacyFault(StatusCode.OPERATION_VALID_ONLY_FOR_LIGHTBOX_OWNER);
            case USER_TOKEN_REQUIRED -> UserSessions.refusal(OWNED);
            default -> V3ErrorTranslator.toLegacy(failure, StatusCode.LIGHTBOX_ID_DOES_NOT_EXIST);
        };
    }

    /** For board changes: sent once (writes guard), so an unanswered one may have been applied. */
    static LegacyFault ofWrite(V3Failure failure) {
        return switch (V3FailureKind.of(failure)) {
            case TIMEOUT, DEADLINE_UNANSWERED -> new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN,
                    "The image service did not answer in time; the lightbox change may or may not have been made."
                            + " Check the lightbox (GetLightbox) before repeating it.");
            default -> ofRead(failure);
        };
    }
}
