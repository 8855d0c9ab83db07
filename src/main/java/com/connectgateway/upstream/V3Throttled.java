package com.connectgateway.upstream;

import java.time.Duration;

/**
 * v3 is throttling the key: HTTP 429, or the 2015-era 403 with {@code X-Error-Detail: Account Over ...}.
 * Carries the wait the upstream asked for in Retry-After (null when it gave none).
 */
public class V3Throttled extends V3Failure {

    private final Duration retryAfter;

    public V3Throttled(int status, String errorCode, String message, Duration retryAfter) {
        super(status, errorCode, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
