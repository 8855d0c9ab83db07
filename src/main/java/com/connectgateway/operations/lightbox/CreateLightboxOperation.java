package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.lightbox.LightboxBodies.CreateBody;
import com.connectgateway.operations.lightbox.LightboxResults.Created;
import com.connectgateway.upstream.V3Api;
import jakarta.enterprise.context.ApplicationScoped;

/** CreateLightbox: {@code POST /v3/boards} with the name and, as its description, the Notes. */
@ApplicationScoped
public class CreateLightboxOperation extends LightboxOperation<CreateBody> {

    private final UpstreamCalls upstream;
    private final V3Api v3;

    CreateLightboxOperation(UpstreamCalls upstream, V3Api v3) {
        this.upstream = upstream;
        this.v3 = v3;
    }

    @Override
    public String name() {
        return "CreateLightbox";
    }

    @Override
    public Class<CreateBody> bodyType() {
        return CreateBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<CreateBody> call) {
        requireUser(call);
        CreateBody body = call.body();
        String name = lightboxName(body.lightboxName());
        String boardId = upstream.run(call, LightboxFailures::ofWrite, caller -> v3.createBoard(caller, name, body.notes()));
        return new OperationOutcome(new Created(LightboxIds.of(boardId)), unkeptMembers(body.clientName(), body.projectName()));
    }
}
