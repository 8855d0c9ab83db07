package com.connectgateway.upstream;

/** The upstream did not do its part: 5xx, no or an unreadable answer, timeout, open breaker. */
public class V3ServerFailure extends V3Failure {

    public V3ServerFailure(int status, String errorCode, String message) {
        super(status, errorCode, message);
    }
}
