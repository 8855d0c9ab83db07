package com.connectgateway.operations;

import com.connectgateway.session.TokenMatch;
import com.connectgateway.upstream.Deadline;
import com.connectgateway.wire.RequestHeader;

/**
 * What an operation receives: its bound request body, the header, the caller's session (null for
 * operations that need no token), and the deadline by which it must answer; its v3 calls carry
 * that deadline ({@code V3Caller.within}).
 */
public record OperationCall<B>(B body, RequestHeader header, TokenMatch caller, Deadline deadline) {
}
