package com.connectgateway.operations.data;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.upstream.V3Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * GetAllProductOfferings: every product {@code GET /v3/products} lists for the user, active or not,
 * with its limits, remaining downloads and dates. An application session is refused with AUTH-021.
 */
@ApplicationScoped
public class GetAllProductOfferingsOperation extends DataOperation<ObjectNode> {

    private final UpstreamCalls upstream;
    private final V3Api v3;
    private final DataMapper mapper;

    GetAllProductOfferingsOperation(UpstreamCalls upstream, V3Api v3, DataMapper mapper) {
        this.upstream = upstream;
        this.v3 = v3;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "GetAllProductOfferings";
    }

    @Override
    public Class<ObjectNode> bodyType() {
        return ObjectNode.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<ObjectNode> call) {
        requireUser(call);
        JsonNode answer = upstream.run(call, DataOperation::failure, v3::products);
        return new OperationOutcome(mapper.allOfferings(answer), ignoredMembers(call.body(), bodyNames().get(0)));
    }
}
