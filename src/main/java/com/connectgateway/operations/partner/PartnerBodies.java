package com.connectgateway.operations.partner;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The request bodies of the partner ingestion operations, members named as the legacy docs name them. */
final class PartnerBodies {

    private PartnerBodies() {
    }

    /** {@code GetAssetChangesRequestBody}. */
    @RegisterForReflection
    record GetBody(
            @JsonProperty("ChannelId") Integer channelId,
            @JsonProperty("ItemCount") Integer itemCount) {
    }

    /** {@code ConfirmAssetChangesRequestBody}. */
    @RegisterForReflection
    record ConfirmBody(@JsonProperty("TransactionId") String transactionId) {
    }
}
