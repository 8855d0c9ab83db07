package com.connectgateway.session;

/** A session found by one of its legacy tokens, and which token it was. */
public record TokenMatch(Session session, TokenKind kind) {
}
