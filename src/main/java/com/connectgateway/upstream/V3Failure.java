package com.connectgateway.upstream;

/**
 * A v3 call that did not answer 2xx. {@code status} is 0 when no HTTP answer came at all
 * (refused, reset, timed out, unreadable). {@code errorCode}/{@code message} come from either v3
 * error body style ({"ErrorCode","ErrorMessage"} or {"code"/"message"}) when present.
 */
public class V3Failure extends RuntimeException {

    private final int status;
    private final String errorCode;

    public V3Failure(int status, String errorCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
