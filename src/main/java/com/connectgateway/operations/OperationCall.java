package com.connectgateway.operations;

import com.connectgateway.session.TokenMatch;
import com.connectgateway.wire.RequestHeader;

/**
 * What an operation receives: its bound request body, the header, and the caller's session
 * (null for operations that need no token).
 */
public record OperationCall<B>(B body, RequestHeader header, TokenMatch caller) {
}
