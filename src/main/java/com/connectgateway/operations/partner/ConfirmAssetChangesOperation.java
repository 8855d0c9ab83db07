package com.connectgateway.operations.partner;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.partner.PartnerBodies.ConfirmBody;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * ConfirmAssetChanges: {@code DELETE /v3/asset-changes/change-sets/{TransactionId}}, through the
 * writes path (sent once, never retried). Answers the empty {@code ConfirmAssetChangesResponseBody}
 * the docs show.
 */
@ApplicationScoped
public class ConfirmAssetChangesOperation extends PartnerOperation<ConfirmBody> {

    private final UpstreamCalls upstream;
    private final V3Api v3;

    ConfirmAssetChangesOperation(UpstreamCalls upstream, V3Api v3) {
        this.upstream = upstream;
        this.v3 = v3;
    }

    @Override
    public String name() {
        return "ConfirmAssetChanges";
    }

    @Override
    public Class<ConfirmBody> bodyType() {
        return ConfirmBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<ConfirmBody> call) {
        String transactionId = call.body().transactionId();
        if (transactionId == null || transactionId.isBlank()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ConfirmAssetChangesRequestBody.TransactionId is required.");
        }
        String id = transactionId.trim();
        upstream.run(call, failure -> PartnerFailures.ofConfirm(failure, id), caller -> {
            v3.confirmAssetChangeSet(caller, id);
            return null;
        });
        return OperationOutcome.of(Map.of());
    }
}
