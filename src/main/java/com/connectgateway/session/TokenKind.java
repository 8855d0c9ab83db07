package com.connectgateway.session;

/** Which of a session's two legacy tokens the client presented. */
public enum TokenKind {
    STANDARD,
    SECURE
}
