package com.connectgateway.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: the caller's {@code X-Correlation-ID} or {@code X-Request-ID}
 * when it is a plain token of bounded length (it goes into every log line and back into a response
 * header, so nothing else is taken), else a new random one.
 */
final class CorrelationIds {

    static final String HEADER = "X-Correlation-ID";
    static final String REQUEST_ID_HEADER = "X-Request-ID";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@+=/-]+");

    private CorrelationIds() {
    }

    static String of(String correlationId, String requestId, int max) {
        if (acceptable(correlationId, max)) {
            return correlationId;
        }
        if (acceptable(requestId, max)) {
            return requestId;
        }
        return UUID.randomUUID().toString();
    }

    private static boolean acceptable(String value, int max) {
        return value != null && !value.isEmpty() && value.length() <= max && ACCEPTED.matcher(value).matches();
    }
}
