package com.connectgateway.operations;

import java.util.List;

/**
 * One legacy operation, e.g. {@code session/CreateSession}. Implementations are CDI beans; the
 * endpoint finds them by service and name, checks the transport rule, binds the body and calls
 * {@link #execute}. Failures are thrown as {@link com.connectgateway.wire.LegacyFault}.
 *
 * @param <B> the request body record
 */
public interface LegacyOperation<B> {

    /** The legacy service segment of the path, e.g. {@code session}. */
    String service();

    /** The operation name as in the path, e.g. {@code CreateSession}. */
    String name();

    TransportRule transportRule();

    Class<B> bodyType();

    OperationOutcome execute(OperationCall<B> call);

    /** Body member names accepted, in order of preference. */
    default List<String> bodyNames() {
        return List.of(name() + "RequestBody");
    }

    /**
     * Whether a request without the body member is read as an empty body rather than refused:
     * for operations whose legacy docs show no body, or only optional members in it.
     */
    default boolean bodyOptional() {
        return false;
    }

    /** The response member that carries the result. */
    default String resultName() {
        return name() + "Result";
    }
}
