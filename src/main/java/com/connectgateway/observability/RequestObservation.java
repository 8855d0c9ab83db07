package com.connectgateway.observability;

import java.util.List;

/**
 * What is known about one legacy request while it runs: when it started, its correlation id, the
 * operation and legacy outcome once the dispatcher knows them, and how long it waited on upstream
 * calls. The upstream wait is the union of the intervals with at least one call in flight, so the
 * parallel calls of a fan-out are not counted twice.
 */
public final class RequestObservation {

    private final long startNanos;
    private final String correlationId;
    private volatile String operation;
    private volatile String outcome;
    private volatile List<String> codes = List.of();
    /** The request's and the answer's bodies, for the traffic recording (references only, no copies). */
    private volatile byte[] requestBody;
    private volatile byte[] answerBody;
    private int upstreamInFlight;
    private long upstreamSince;
    private long upstreamNanos;

    RequestObservation(long startNanos, String correlationId) {
        this.startNanos = startNanos;
        this.correlationId = correlationId;
    }

    long startNanos() {
        return startNanos;
    }

    public String correlationId() {
        return correlationId;
    }

    /** The operation's registered name, or null while unknown. */
    String operation() {
        return operation;
    }

    void operation(String name) {
        this.operation = name;
    }

    /** success, warning or error from the legacy ResponseHeader; null when the answer had none. */
    String outcome() {
        return outcome;
    }

    List<String> codes() {
        return codes;
    }

    void answered(String status, List<String> statusCodes) {
        this.codes = List.copyOf(statusCodes);
        this.outcome = status;
    }

    byte[] requestBody() {
        return requestBody;
    }

    void requestBody(byte[] body) {
        this.requestBody = body;
    }

    byte[] answerBody() {
        return answerBody;
    }

    void answerBody(byte[] body) {
        this.answerBody = body;
    }

    synchronized void upstreamStarted(long now) {
        if (upstreamInFlight++ == 0) {
            upstreamSince = now;
        }
    }

    synchronized void upstreamEnded(long now) {
        if (upstreamInFlight > 0 && --upstreamInFlight == 0) {
            upstreamNanos += now - upstreamSince;
        }
    }

    /** Time spent with an upstream call in flight, up to {@code now}. */
    synchronized long upstreamNanos(long now) {
        return upstreamNanos + (upstreamInFlight > 0 ? now - upstreamSince : 0);
    }
}
