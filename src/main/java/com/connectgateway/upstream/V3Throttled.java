package com.connectgateway.upstream;

import java.time.Duration;

/** HTTP 429, with the wait the upstream asked for in Retry-After (null when it gave none). */
public class V3Throttled extends V3Failure {

    private final Duration retryAfter;

    public V3Throttled(String errorCode, String message, Duration retryAfter) {
        super(429, errorCode, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
