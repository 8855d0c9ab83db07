package com.connectgateway.upstream;

/** A failure worth retrying for an idempotent read: the connection failed, or 502, 503, 504. */
public class V3TransientFailure extends V3ServerFailure {

    public V3TransientFailure(int status, String errorCode, String message) {
        super(status, errorCode, message);
    }
}
