package com.connectgateway.observability;

import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the code answering a legacy request tells observability as it learns it: the
 * CoordinationId, the operation, the session kind, and the answer. Each goes into the log context
 * at once (so later lines of the request carry it) and into the request's observation (for the
 * metrics and the access line written when the answer leaves).
 */
@ApplicationScoped
public class LegacyRequests {

    private final ObservabilityConfig config;

    LegacyRequests(ObservabilityConfig config) {
        this.config = config;
    }

    public void coordinationId(JsonNode coordinationId) {
        RequestMdc.coordinationId(coordinationId, config.mdcValueMaxLength());
    }

    /** The operation's registered name (never the path text as sent, which is unbounded). */
    public void operation(String name) {
        RequestMdc.put(RequestMdc.OPERATION, name);
        RequestObservation current = CurrentRequest.get();
        if (current != null) {
            current.operation(name);
        }
    }

    /** The legacy request body as received (kept by reference, for the traffic recording). */
    public void requestBody(byte[] body) {
        RequestObservation current = CurrentRequest.get();
        if (current != null) {
            current.requestBody(body);
        }
    }

    /** The kind of the caller's session (USER, APPLICATION, OAUTH2_PASSTHROUGH), never its token. */
    public void sessionKind(String kind) {
        RequestMdc.put(RequestMdc.SESSION_KIND, kind);
    }

    /**
     * Records the Status and status codes of the envelope written, and its bytes (static: the one
     * place that writes envelopes calls it, and it needs only the current request).
     */
    public static void answered(LegacyResponse response, byte[] written) {
        RequestObservation current = CurrentRequest.get();
        if (current != null) {
            List<String> codes = response.header().statusList().stream().map(StatusEntry::code).toList();
            current.answered(response.header().status(), codes);
            current.answerBody(written);
        }
    }
}
