package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.lightbox.LightboxBodies.IdBody;
import com.connectgateway.upstream.V3Api;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/** DeleteLightbox: {@code DELETE /v3/boards/{id}}; only the owner may (v3's 403 becomes the owner code). */
@ApplicationScoped
public class DeleteLightboxOperation extends LightboxOperation<IdBody> {

    private final UpstreamCalls upstream;
    private final BoardDirectory directory;
    private final V3Api v3;

    DeleteLightboxOperation(UpstreamCalls upstream, BoardDirectory directory, V3Api v3) {
        this.upstream = upstream;
        this.directory = directory;
        this.v3 = v3;
    }

    @Override
    public String name() {
        return "DeleteLightbox";
    }

    @Override
    public String resultName() {
        return null;
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
        upstream.run(call, LightboxFailures::ofWrite, caller -> {
            v3.deleteBoard(caller, board.path("id").asText());
            return null;
        });
        return OperationOutcome.of(null);
    }
}
