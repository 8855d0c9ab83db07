package com.connectgateway.session;

/** How a session came to be; decides how its upstream token is renewed. */
public enum SessionKind {
    /** CreateSession with user credentials: password grant, renewed with its refresh token. */
    USER,
    /** System credentials only: client_credentials grant, renewed by asking again. */
    APPLICATION,
    /** An access token the client fetched through {@code /oauth2/token}; used as is until it expires. */
    OAUTH2_PASSTHROUGH
}
