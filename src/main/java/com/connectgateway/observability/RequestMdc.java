package com.connectgateway.observability;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.MDC;

/**
 * The log context keys of a legacy request. Put on the request's duplicated Vert.x context (the
 * late-bound MDC provider keeps them there), so every line the request causes carries them, on the
 * event loop and on the worker thread alike.
 */
public final class RequestMdc {

    public static final String CORRELATION_ID = "correlationId";
    public static final String COORDINATION_ID = "coordinationId";
    public static final String OPERATION = "operation";
    public static final String SESSION_KIND = "sessionKind";

    private RequestMdc() {
    }

    /** The CoordinationId as text (a string as is, a number or object in its JSON form), cut to {@code max}; nothing for null. */
    static void coordinationId(JsonNode value, int max) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        MDC.put(COORDINATION_ID, bounded(value.isTextual() ? value.asText() : value.toString(), max));
    }

    static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max));
    }
}
