package com.connectgateway.compare;

/** What one gateway answered to one replayed call (or that the call was not sent). */
public record Replay(LegacyCall call, boolean skipped, int status, String body, String error, long millis) {

    static Replay skipped(LegacyCall call) {
        return new Replay(call, true, 0, null, null, 0);
    }

    /** The answer's ResponseHeader.Status ("success", "warning", "error"), or null. */
    public String legacyStatus() {
        var json = Json.parseOrNull(body);
        return json == null || !json.path("ResponseHeader").path("Status").isTextual() ? null
                : json.path("ResponseHeader").path("Status").asText();
    }
}
