package com.connectgateway.wire;

/**
 * A failure that is answered to the client as a legacy status entry. It is an expected outcome,
 * not a bug, so it carries no stack trace.
 */
public class LegacyFault extends RuntimeException {

    private final StatusCode code;

    public LegacyFault(StatusCode code) {
        this(code, code.defaultMessage());
    }

    public LegacyFault(StatusCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public StatusCode code() {
        return code;
    }

    public StatusEntry toEntry() {
        return StatusEntry.of(code, getMessage());
    }
}
