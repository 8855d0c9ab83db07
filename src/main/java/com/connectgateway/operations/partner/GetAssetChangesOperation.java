package com.connectgateway.operations.partner;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.partner.PartnerBodies.GetBody;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * GetAssetChanges: {@code PUT /v3/asset-changes/change-sets?channel_id=&batch_size=}. ChannelId is
 * v3's channel id as is (legacy clients cannot list channels, they know their small integer);
 * ItemCount is the batch size (default 10, at most 500 as the docs have it). v3 serves the same
 * unconfirmed set until ConfirmAssetChanges, so asking again after a failure loses nothing.
 */
@ApplicationScoped
public class GetAssetChangesOperation extends PartnerOperation<GetBody> {

    static final int DEFAULT_ITEM_COUNT = 10;
    static final int MAX_ITEM_COUNT = 500;

    private final UpstreamCalls upstream;
    private final V3Api v3;
    private final AssetChangeMapper mapper;

    GetAssetChangesOperation(UpstreamCalls upstream, V3Api v3, AssetChangeMapper mapper) {
        this.upstream = upstream;
        this.v3 = v3;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "GetAssetChanges";
    }

    @Override
    public Class<GetBody> bodyType() {
        return GetBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<GetBody> call) {
        GetBody body = call.body();
        int channelId = channelId(body.channelId());
        int batchSize = itemCount(body.itemCount());
        return OperationOutcome.of(mapper.result(upstream.run(call, failure -> PartnerFailures.ofChangeSet(failure, channelId),
                caller -> v3.assetChangeSet(caller, channelId, batchSize))));
    }

    static int channelId(Integer channelId) {
        if (channelId == null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "GetAssetChangesRequestBody.ChannelId is required.");
        }
        if (channelId <= 0) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ChannelId must be a positive whole number, not " + channelId + ".");
        }
        return channelId;
    }

    static int itemCount(Integer itemCount) {
        if (itemCount == null) {
            return DEFAULT_ITEM_COUNT;
        }
        if (itemCount <= 0) {
            throw new LegacyFault(StatusCode.INVALID_ITEM_COUNT);
        }
        if (itemCount > MAX_ITEM_COUNT) {
            throw new LegacyFault(StatusCode.MAX_EXCEEDED, "ItemCount may be at most " + MAX_ITEM_COUNT + ".");
        }
        return itemCount;
    }
}
