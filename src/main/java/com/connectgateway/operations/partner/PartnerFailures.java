package com.connectgateway.operations.partner;

import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3FailureKind;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;

/**
 * How a failed v3 change-set call reads as a legacy fault. Both calls are writes (PUT serves a set,
 * DELETE confirms it), sent once: one v3 did not answer in time is reported with what the client
 * can do next, never as simply failed. Legacy has no codes of its own for an unknown channel or
 * change set, so those are InvalidRequest with a message naming the value; the rest as for any
 * operation.
 */
final class PartnerFailures {

    private PartnerFailures() {
    }

    /** For {@code PUT /v3/asset-changes/change-sets} (GetAssetChanges). */
    static LegacyFault ofChangeSet(V3Failure failure, int channelId) {
        return switch (V3FailureKind.of(failure)) {
            case TIMEOUT, DEADLINE_UNANSWERED -> new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN,
                    "The image service did not answer in time. Call GetAssetChanges again: a channel answers the same"
                            + " changes until they are confirmed, so none is lost.");
            case NOT_FOUND -> new LegacyFault(StatusCode.INVALID_REQUEST,
                    "Channel " + channelId + " does not exist or is not one of this account's channels.");
            default -> V3ErrorTranslator.toLegacy(failure, StatusCode.INVALID_REQUEST);
        };
    }

    /** For {@code DELETE /v3/asset-changes/change-sets/{id}} (ConfirmAssetChanges). */
    static LegacyFault ofConfirm(V3Failure failure, String transactionId) {
        return switch (V3FailureKind.of(failure)) {
            case TIMEOUT, DEADLINE_UNANSWERED -> new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN,
                    "The image service did not answer in time; the confirmation may or may not have been made."
                            + " Call GetAssetChanges: if it answers TransactionId " + transactionId + " again, confirm it again.");
            case NOT_FOUND -> new LegacyFault(StatusCode.INVALID_REQUEST,
                    "TransactionId " + transactionId + " names no unconfirmed set of asset changes (confirmed already, or never served).");
            default -> V3ErrorTranslator.toLegacy(failure, StatusCode.INVALID_REQUEST);
        };
    }
}
