package com.connectgateway.wire;

import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Faults nobody planned for: the client gets SystemError with a correlation id, the detail goes
 * only to the log under the same id.
 */
public final class SystemErrors {

    private static final Logger LOG = Logger.getLogger(SystemErrors.class);

    private SystemErrors() {
    }

    /** Logs {@code detail} (and {@code cause}, which may be null) and returns the fault for the client. */
    public static LegacyFault fault(String detail, Throwable cause) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(cause, "%s, correlation id %s", detail, correlationId);
        return new LegacyFault(StatusCode.SYSTEM_ERROR, "An unexpected error occurred. Correlation id: " + correlationId);
    }
}
