package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import jakarta.inject.Singleton;
import java.util.List;

/** DeleteLightboxItems: {@code DELETE /v3/boards/{id}/assets?asset_ids=..}; ids not on the board are ignored, as v3 does. */
@Singleton // its base class takes the shared beans in its constructor: no client proxy
public class DeleteLightboxItemsOperation extends LightboxItemsOperation {

    private final V3Api v3;

    DeleteLightboxItemsOperation(UpstreamCalls upstream, BoardDirectory directory, V3Api v3) {
        super(upstream, directory);
        this.v3 = v3;
    }

    @Override
    public String name() {
        return "DeleteLightboxItems";
    }

    @Override
    OperationOutcome change(V3Caller caller, String boardId, List<String> assetIds) {
        v3.removeBoardAssets(caller, boardId, assetIds);
        return OperationOutcome.of(null);
    }
}
