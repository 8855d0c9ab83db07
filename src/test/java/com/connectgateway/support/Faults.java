package com.connectgateway.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sandbox's fault injection and hit log, as the resilience tests drive them. */
public final class Faults {

    private Faults() {
    }

    public static void rules(List<Map<String, Object>> rules) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("rules", rules);
        given().port(LegacyApi.sandboxPort()).contentType("application/json").body(plan)
                .put("/sandbox/control/faults").then().statusCode(200);
    }

    public static void rule(Map<String, Object> rule) {
        rules(List.of(rule));
    }

    public static void clear() {
        given().port(LegacyApi.sandboxPort()).delete("/sandbox/control/faults").then().statusCode(200);
        given().port(LegacyApi.sandboxPort()).delete("/sandbox/control/hits").then().statusCode(200);
    }

    /** The recorded upstream requests whose path starts with {@code prefix}, oldest first. */
    public static List<Map<String, Object>> hits(String prefix) {
        return given().port(LegacyApi.sandboxPort()).queryParam("path", prefix).get("/sandbox/control/hits")
                .then().statusCode(200).extract().as(JsonBody.class).getList("$");
    }
}
