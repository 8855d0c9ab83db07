package com.connectgateway.operations.data;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.UserSessions;
import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3FailureKind;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the data service's operations share: the path segment, any token over either transport
 * (the docs give plain http endpoints), a body that may be left out (three of the four define
 * none, GetCountries only an optional Language), and how their v3 failures read.
 */
abstract class DataOperation<B> implements LegacyOperation<B> {

    static final String OWNED = "A product offering";
    static final String USER_SESSION_REQUIRED = UserSessions.message(OWNED);

    @Override
    public String service() {
        return "data";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.ANY_TOKEN;
    }

    @Override
    public boolean bodyOptional() {
        return true;
    }

    /**
     * An application session has no user, hence no products: refused before any v3 call. An
     * {@code /oauth2/token} access token goes on to v3, which alone knows whether it has a user.
     */
    static void requireUser(OperationCall<?> call) {
        UserSessions.requireUser(call, OWNED);
    }

    /** For an operation whose docs define no request body: each member a client sends anyway is reported, not used. */
    static List<StatusEntry> ignoredMembers(ObjectNode body, String bodyName) {
        List<StatusEntry> notes = new ArrayList<>();
        body.fieldNames().forEachRemaining(member -> notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD,
                bodyName + "." + member + " is not a member of this operation and was ignored.")));
        return notes;
    }

    /**
     * v3 failures as for any operation, except: a v3 403 UserTokenRequired is AUTH-021 (the token
     * has no user), and a 404 (none of these resources has an id to miss) is the service being unavailable.
     */
    static LegacyFault failure(V3Failure failure) {
        return switch (V3FailureKind.of(failure)) {
            case USER_TOKEN_REQUIRED -> UserSessions.refusal(OWNED);
            default -> V3ErrorTranslator.toLegacy(failure, StatusCode.DEPENDENT_SERVICE_DOWN);
        };
    }
}
