package com.connectgateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** The built-in sandbox's control endpoints, as tests and demos use them. */
public final class Sandbox {

    private Sandbox() {
    }

    public static void reset() {
        given().port(LegacyApi.sandboxPort()).post("/sandbox/control/reset").then().statusCode(200);
    }

    public static long tokenRequests() {
        return given().port(LegacyApi.sandboxPort()).get("/sandbox/control/stats")
                .then().statusCode(200).extract().as(JsonBody.class).getLong("tokenRequests");
    }

    public static long tokenRequestsWithoutApiKey() {
        return given().port(LegacyApi.sandboxPort()).get("/sandbox/control/stats")
                .then().statusCode(200).extract().as(JsonBody.class).getLong("tokenRequestsWithoutApiKey");
    }

    /** The paths of every v3 search since the last reset, in order. */
    public static java.util.List<String> searchPaths() {
        return given().port(LegacyApi.sandboxPort()).get("/sandbox/control/searches")
                .then().statusCode(200).extract().as(JsonBody.class).getList("path", String.class);
    }

    /** Every token request answers this status until {@link #reset()}. */
    public static void failTokenEndpoint(int status) {
        tokenEndpoint(Map.of("failStatus", status));
    }

    /** New tokens live this long. */
    public static void tokenLifetimeSeconds(long seconds) {
        tokenEndpoint(Map.of("expiresInSeconds", seconds));
    }

    public static void tokenEndpoint(Map<String, Object> behaviour) {
        given().port(LegacyApi.sandboxPort()).contentType(ContentType.JSON).body(behaviour)
                .put("/sandbox/control/token-endpoint").then().statusCode(200);
    }
}
