package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.images.ImageIds;
import com.connectgateway.operations.lightbox.LightboxBodies.ItemsBody;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CreateLightboxItems and DeleteLightboxItems: the AssetIds of one board, checked by the one id
 * rule (InvalidAssets for none or an overlong one, at most {@value #MAX_ASSETS}), then one v3 write.
 * No result member, as the docs show.
 */
abstract class LightboxItemsOperation extends LightboxOperation<ItemsBody> {

    /** The legacy maximum of asset ids in one request (AssetIdListExceedsMaxAllowed). */
    static final int MAX_ASSETS = 500;

    private final UpstreamCalls upstream;
    private final BoardDirectory directory;

    LightboxItemsOperation(UpstreamCalls upstream, BoardDirectory directory) {
        this.upstream = upstream;
        this.directory = directory;
    }

    @Override
    public String resultName() {
        return null;
    }

    @Override
    public Class<ItemsBody> bodyType() {
        return ItemsBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<ItemsBody> call) {
        requireUser(call);
        int lightboxId = lightboxId(call.body().lightboxId(), name());
        List<String> assetIds = ImageIds.of(call.body().assetIds(), MAX_ASSETS, name() + "RequestBody.AssetIds", StatusCode.INVALID_ASSETS);
        String boardId = directory.find(call, lightboxId).path("id").asText();
        return upstream.run(call, LightboxFailures::ofWrite, caller -> change(caller, boardId, assetIds));
    }

    /** The v3 write, and what the legacy answer reports of it. */
    abstract OperationOutcome change(V3Caller caller, String boardId, List<String> assetIds);

    /** The ids of a v3 asset list, whether given as strings or as {@code {"asset_id"}} objects. */
    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.isObject() ? value.path("asset_id").asText() : value.asText()));
        return texts;
    }
}
