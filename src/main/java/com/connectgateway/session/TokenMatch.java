package com.connectgateway.session;

/**
 * A session found by one of its legacy tokens: which kind of token it was, and its digest, so a
 * revocation can target exactly that token.
 */
public record TokenMatch(Session session, TokenKind kind, String digest) {

    @Override
    public String toString() {
        return "TokenMatch[session=" + session + ", kind=" + kind + "]";
    }
}
