package com.connectgateway.support;

import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Lightbox operations as a legacy client calls them: {@code POST /v2/lightbox/{Operation}} over HTTP with the session's Token. */
public final class Lightboxes {

    private Lightboxes() {
    }

    public static ValidatableResponse call(String token, String operation, Map<String, ?> body) {
        return LegacyApi.post(LegacyApi.overHttp(), "/v2/lightbox/" + operation,
                LegacyApi.envelope(token, "lb-" + operation, operation + "RequestBody", body));
    }

    public static JsonBody ok(String token, String operation, Map<String, ?> body) {
        return call(token, operation, body).extract().as(JsonBody.class);
    }
}
