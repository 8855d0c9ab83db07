package com.connectgateway.operations.data;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.upstream.V3Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * GetCollections: {@code GET /v3/collections}, the collections of the caller's key, for
 * application and user sessions alike (v3 needs a token, which both have).
 */
@ApplicationScoped
public class GetCollectionsOperation extends DataOperation<ObjectNode> {

    private final UpstreamCalls upstream;
    private final V3Api v3;
    private final DataMapper mapper;

    GetCollectionsOperation(UpstreamCalls upstream, V3Api v3, DataMapper mapper) {
        this.upstream = upstream;
        this.v3 = v3;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "GetCollections";
    }

    @Override
    public Class<ObjectNode> bodyType() {
        return ObjectNode.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<ObjectNode> call) {
        JsonNode answer = upstream.run(call, DataOperation::failure, v3::collections);
        return new OperationOutcome(mapper.collections(answer), ignoredMembers(call.body(), bodyNames().get(0)));
    }
}
