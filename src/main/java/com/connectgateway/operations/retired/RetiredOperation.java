package com.connectgateway.operations.retired;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A documented legacy operation v3 has no counterpart for. It keeps its transport rule and token
 * check, then refuses with the closest documented code and a Message saying it is retired, so a
 * client fails the way it handles a refusal rather than on "Unknown operation". The body is
 * read as a tree and not bound: nothing in it can change the answer.
 */
public record RetiredOperation(String service, String name, TransportRule transportRule, StatusCode code, String message)
        implements LegacyOperation<JsonNode> {

    @Override
    public Class<JsonNode> bodyType() {
        return JsonNode.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<JsonNode> call) {
        throw new LegacyFault(code, message);
    }
}
