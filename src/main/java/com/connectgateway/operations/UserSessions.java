package com.connectgateway.operations;

import com.connectgateway.session.SessionKind;
import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3FailureKind;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;

/**
 * The one rule for operations on what belongs to a user (lightboxes, products, the download and
 * purchase histories): an application session is refused with AUTH-021 before any v3 call; an
 * {@code /oauth2/token} access token goes to v3, which alone knows whether it carries a user and
 * answers 403 UserTokenRequired when not, read as AUTH-021 too.
 */
public final class UserSessions {

    private UserSessions() {
    }

    /** @param what what belongs to the user, for the message (e.g. "Download history", "A lightbox") */
    public static void requireUser(OperationCall<?> call, String what) {
        if (call.caller().session().kind() == SessionKind.APPLICATION) {
            throw refusal(what);
        }
    }

    /** The AUTH-021 answer, for the check above and for v3's UserTokenRequired. */
    public static LegacyFault refusal(String what) {
        return new LegacyFault(StatusCode.AUTH_021, message(what));
    }

    /** A v3 failure of a user-only read: UserTokenRequired is AUTH-021, the rest as for any operation. */
    public static LegacyFault failure(V3Failure failure, String what) {
        if (V3FailureKind.of(failure) == V3FailureKind.USER_TOKEN_REQUIRED) {
            return refusal(what);
        }
        return V3ErrorTranslator.toLegacy(failure, StatusCode.INVALID_REQUEST);
    }

    public static String message(String what) {
        return what + " belongs to a user: open the session with CreateSession and a UserName.";
    }
}
