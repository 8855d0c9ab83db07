package com.connectgateway.observability;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One INFO line per legacy request on {@code com.connectgateway.access}: operation, HTTP status,
 * legacy Status and status codes, and durations. Only those: no token, password, body or URL ever
 * reaches it (the codes are the gateway's own status codes); the request's log context adds the
 * correlation and coordination ids in JSON mode.
 */
@ApplicationScoped
public class AccessLog {

    static final String CATEGORY = "com.connectgateway.access";
    /** The access line lists at most this many status codes (item problems can be many). */
    static final int MAX_CODES = 5;
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final ObservabilityConfig config;

    AccessLog(ObservabilityConfig config) {
        this.config = config;
    }

    void write(String operation, String outcome, List<String> codes, int httpStatus, long totalNanos, long ownNanos) {
        if (!config.accessLog() || !LOG.isInfoEnabled()) {
            return;
        }
        // Built by hand: String.format's parsing cost as much as the rest of the line (bench/run.sh).
        StringBuilder line = new StringBuilder(128).append("operation=")
                .append(operation == null ? LegacyRequestMetrics.UNKNOWN : operation)
                .append(" http=").append(httpStatus)
                .append(" status=").append(LegacyRequestMetrics.outcome(outcome, httpStatus))
                .append(" codes=").append(codes(codes));
        tenths(line.append(" duration_ms="), totalNanos);
        tenths(line.append(" own_ms="), Math.max(0, ownNanos));
        LOG.info(line);
    }

    /** Milliseconds with one decimal, rounded half up, as {@code %.1f} wrote them. */
    static void tenths(StringBuilder line, long nanos) {
        long tenths = (nanos + 50_000) / 100_000;
        line.append(tenths / 10).append('.').append(tenths % 10);
    }

    private static String codes(List<String> codes) {
        if (codes.isEmpty()) {
            return "-";
        }
        String listed = String.join(",", codes.subList(0, Math.min(MAX_CODES, codes.size())));
        return codes.size() > MAX_CODES ? listed + ",+" + (codes.size() - MAX_CODES) : listed;
    }
}
