package com.connectgateway.upstream;

/**
 * What the token endpoint accepts in a credential field. The client id also travels as the
 * {@code Api-Key} header, and the HTTP client refuses a header with a control character only after
 * the call was handed to it (the caller then waits for the token timeout). Checking every credential
 * field up front turns such input into an immediate refusal.
 */
public final class TokenEndpointInput {

    private TokenEndpointInput() {
    }

    /** True when {@code value} has no control character (NUL, CR, LF, TAB, DEL, C1). Null passes. */
    public static boolean acceptable(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
