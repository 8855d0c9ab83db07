package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * CreateLightboxItems: {@code PUT /v3/boards/{id}/assets}. Each asset v3 did not add
 * ({@code assets_not_added}) is reported by id as AssetNotAvailable: a warning while others were
 * added, an error when none was.
 */
@Singleton // its base class takes the shared beans in its constructor: no client proxy
public class CreateLightboxItemsOperation extends LightboxItemsOperation {

    private final V3Api v3;

    CreateLightboxItemsOperation(UpstreamCalls upstream, BoardDirectory directory, V3Api v3) {
        super(upstream, directory);
        this.v3 = v3;
    }

    @Override
    public String name() {
        return "CreateLightboxItems";
    }

    @Override
    OperationOutcome change(V3Caller caller, String boardId, List<String> assetIds) {
        JsonNode answer = v3.addBoardAssets(caller, boardId, assetIds);
        List<String> notAdded = texts(answer.path("assets_not_added"));
        ItemProblems problems = new ItemProblems();
        notAdded.forEach(id -> problems.add(StatusCode.ASSET_NOT_AVAILABLE, "Asset " + id + " was not added to the lightbox."));
        return new OperationOutcome(null, problems.entries(notAdded.size() < assetIds.size()));
    }
}
