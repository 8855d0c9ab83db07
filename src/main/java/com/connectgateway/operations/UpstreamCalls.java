package com.connectgateway.operations;

import com.connectgateway.session.SessionBroker;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * How an operation calls v3: on behalf of the caller's session (with the broker's 401 replay),
 * within the operation's deadline, and with any v3 failure turned into the operation's legacy
 * fault. Operations use this instead of their own try/catch, so a new one maps errors by default.
 */
@ApplicationScoped
public class UpstreamCalls {

    private final SessionBroker broker;

    UpstreamCalls(SessionBroker broker) {
        this.broker = broker;
    }

    /**
     * @param notFound the operation's own code for a v3 404 (ImageNotFound, EventNotFound, ...)
     * @param work the v3 calls; the caller it gets already carries the operation's deadline
     * @throws com.connectgateway.wire.LegacyFault for any v3 failure (see {@link V3ErrorTranslator})
     */
    public <T> T run(OperationCall<?> call, StatusCode notFound, Function<V3Caller, T> work) {
        return run(call, failure -> V3ErrorTranslator.toLegacy(failure, notFound), work);
    }

    /** The same, for operations whose v3 failures read differently (see {@link V3ErrorTranslator} for the usual rendering). */
    public <T> T run(OperationCall<?> call, Function<V3Failure, LegacyFault> translate, Function<V3Caller, T> work) {
        try {
            return broker.withUpstream(call.caller().session(), caller -> work.apply(caller.within(call.deadline())));
        } catch (V3Failure failure) {
            throw translate.apply(failure);
        }
    }
}
