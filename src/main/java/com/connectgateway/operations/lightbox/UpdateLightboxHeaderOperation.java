package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.lightbox.LightboxBodies.UpdateBody;
import com.connectgateway.upstream.V3Api;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * UpdateLightboxHeader: {@code PUT /v3/boards/{id}} with the new name and, as the description, the
 * Notes; without Notes the board keeps its description. No result member, as the docs show.
 */
@ApplicationScoped
public class UpdateLightboxHeaderOperation extends LightboxOperation<UpdateBody> {

    private final UpstreamCalls upstream;
    private final BoardDirectory directory;
    private final V3Api v3;

    UpdateLightboxHeaderOperation(UpstreamCalls upstream, BoardDirectory directory, V3Api v3) {
        this.upstream = upstream;
        this.directory = directory;
        this.v3 = v3;
    }

    @Override
    public String name() {
        return "UpdateLightboxHeader";
    }

    @Override
    public String resultName() {
        return null;
    }

    @Override
    public Class<UpdateBody> bodyType() {
        return UpdateBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<UpdateBody> call) {
        requireUser(call);
        UpdateBody body = call.body();
        int lightboxId = lightboxId(body.lightboxId(), name());
        String name = lightboxName(body.lightboxName());
        JsonNode board = directory.find(call, lightboxId);
        String description = body.notes() != null ? body.notes() : board.path("description").asText(null);
        upstream.run(call, LightboxFailures::ofWrite, caller -> {
            v3.updateBoard(caller, board.path("id").asText(), name, description);
            return null;
        });
        return new OperationOutcome(null, unkeptMembers(body.clientName(), body.projectName()));
    }
}
