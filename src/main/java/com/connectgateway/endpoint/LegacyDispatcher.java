package com.connectgateway.endpoint;

import com.connectgateway.observability.LegacyRequests;
import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationConfig;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.session.TokenMatch;
import com.connectgateway.upstream.Deadline;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.LegacyRequest;
import com.connectgateway.wire.LegacyRequestReader;
import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.ResponseHeader;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.connectgateway.wire.SystemErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs one legacy request from raw bytes to a legacy response: parse, find the operation, apply
 * its transport rule, bind its body, execute. Every failure becomes a legacy status entry.
 */
@ApplicationScoped
public class LegacyDispatcher {

    private final LegacyRequestReader reader;
    private final OperationRegistry registry;
    private final TransportGuard guard;
    private final OperationConfig operations;
    private final LegacyRequests observed;

    LegacyDispatcher(LegacyRequestReader reader, OperationRegistry registry, TransportGuard guard, OperationConfig operations,
            LegacyRequests observed) {
        this.reader = reader;
        this.registry = registry;
        this.guard = guard;
        this.operations = operations;
        this.observed = observed;
    }

    public LegacyResponse dispatch(String service, String operationName, byte[] body, boolean secureTransport) {
        observed.requestBody(body);
        LegacyOperation<?> operation = registry.find(service, operationName).orElse(null);
        if (operation != null) {
            observed.operation(operation.name()); // first, so a body that fails to parse still counts for its operation
        }
        LegacyRequest request;
        try {
            request = reader.read(body);
        } catch (LegacyFault fault) {
            JsonNode coordinationId = reader.coordinationIdOf(body);
            observed.coordinationId(coordinationId);
            return LegacyResponse.failure(fault.toEntry(), coordinationId, null);
        }
        JsonNode coordinationId = request.header().coordinationId();
        observed.coordinationId(coordinationId);
        if (operation == null) {
            return LegacyResponse.failure(unknownOperation(service, operationName), coordinationId, null);
        }
        try {
            TokenMatch caller = guard.admit(operation.transportRule(), request.header(), secureTransport);
            if (caller != null) {
                observed.sessionKind(caller.session().kind().name());
            }
            OperationOutcome outcome = execute(operation, request, caller);
            return new LegacyResponse(new ResponseHeader(outcome.notes(), coordinationId), operation.resultName(), outcome.result());
        } catch (LegacyFault fault) {
            return LegacyResponse.failure(fault.toEntry(), coordinationId, operation.resultName());
        } catch (RuntimeException unexpected) {
            return LegacyResponse.failure(systemError(unexpected), coordinationId, operation.resultName());
        }
    }

    /** The answer to a request that cannot name an operation (wrong method, wrong path). */
    public LegacyResponse reject(String message, byte[] body) {
        JsonNode coordinationId = body == null ? NullNode.getInstance() : reader.coordinationIdOf(body);
        observed.coordinationId(coordinationId);
        return LegacyResponse.failure(StatusEntry.of(StatusCode.INVALID_REQUEST, message), coordinationId, null);
    }

    /** A SystemError entry whose Message carries a correlation id; the detail goes only to the log. */
    public static StatusEntry systemError(Throwable unexpected) {
        return SystemErrors.fault("Unexpected failure", unexpected).toEntry();
    }

    private <B> OperationOutcome execute(LegacyOperation<B> operation, LegacyRequest request, TokenMatch caller) {
        ObjectNode bodyNode = request.body(operation.bodyNames());
        String bodyName = operation.bodyNames().get(0);
        if (bodyNode == null && operation.bodyOptional()) {
            bodyNode = JsonNodeFactory.instance.objectNode();
        }
        if (bodyNode == null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, bodyName + " is required.");
        }
        B body = reader.bind(bodyNode, bodyName, operation.bodyType());
        return operation.execute(new OperationCall<>(body, request.header(), caller, Deadline.after(operations.deadline())));
    }

    private static StatusEntry unknownOperation(String service, String operation) {
        return StatusEntry.of(StatusCode.INVALID_REQUEST, "Unknown operation: " + service + "/" + operation + ".");
    }
}
