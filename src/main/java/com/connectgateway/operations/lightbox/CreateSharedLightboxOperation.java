package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.lightbox.LightboxBodies.IdBody;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * CreateSharedLightbox has no v3 call: v3 boards are not copied into shared ones, each has a share
 * link instead (GetLightbox's LightboxUrl). The lightbox is still looked up, so an unknown one or
 * one the user does not own gets its own code; then the answer is InvalidRequest saying so.
 */
@ApplicationScoped
public class CreateSharedLightboxOperation extends LightboxOperation<IdBody> {

    static final String RETIRED = "CreateSharedLightbox is retired: v3 has no shared copies of lightboxes. Share the"
            + " lightbox itself through its LightboxUrl (GetLightbox).";

    private final BoardDirectory directory;

    CreateSharedLightboxOperation(BoardDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "CreateSharedLightbox";
    }

    @Override
    public Class<IdBody> bodyType() {
        return IdBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<IdBody> call) {
        requireUser(call);
        int lightboxId = lightboxId(call.body().lightboxId(), name());
        JsonNode board = directory.find(call, lightboxId);
        if ("invited".equalsIgnoreCase(board.path("board_relationship").asText())) {
            throw new LegacyFault(StatusCode.OPERATION_VALID_ONLY_FOR_LIGHTBOX_OWNER);
        }
        throw new LegacyFault(StatusCode.INVALID_REQUEST, RETIRED);
    }
}
