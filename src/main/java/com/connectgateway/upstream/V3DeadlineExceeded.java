package com.connectgateway.upstream;

/**
 * The legacy operation's deadline ended a v3 call: it passed before the call could start
 * ({@link #sent()} false: nothing reached v3) or while v3 had not answered (true: v3 may have
 * acted on it). Neither retried nor counted by the circuit breaker: the time ran out, v3 did not
 * necessarily fail. Legacy clients get {@code DependentServiceDown}, as for other timeouts.
 */
public class V3DeadlineExceeded extends V3Failure {

    private final boolean sent;

    public V3DeadlineExceeded(boolean sent) {
        super(0, "DeadlineExceeded", "The image service did not answer within the time limit of the request.");
        this.sent = sent;
    }

    public boolean sent() {
        return sent;
    }
}
