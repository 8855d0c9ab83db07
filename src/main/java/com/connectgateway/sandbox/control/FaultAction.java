package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;

/** The broken answers a fault rule can give instead of the real one (see {@link FaultResponses}). */
@RegisterForReflection
public enum FaultAction {
    /** Close the TCP connection abruptly, no response at all. */
    @JsonProperty("reset")
    RESET,
    /** 200 application/json with an empty body. */
    @JsonProperty("empty")
    EMPTY,
    /** 200 application/json with a cut-off JSON document. */
    @JsonProperty("malformed")
    MALFORMED,
    /** 200 announcing Content-Length 1000, 20 bytes sent, then the connection closes. */
    @JsonProperty("truncated")
    TRUNCATED,
    /** 200 application/json, a valid body sent one byte every 300 ms. */
    @JsonProperty("dribble")
    DRIBBLE;

    /** The name used in the JSON rules and in the hit log. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
