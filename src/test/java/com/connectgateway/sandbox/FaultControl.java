package com.connectgateway.sandbox;

import static io.restassured.RestAssured.given;

import com.connectgateway.support.JsonBody;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** The fault and hit-log controls, as the gateway's resilience tests call them. */
final class FaultControl {

    private FaultControl() {
    }

    /** PUTs a fault plan given as JSON text; expects 200. */
    static void put(String planJson) {
        given().port(SandboxV3.port()).contentType(ContentType.JSON).body(planJson)
                .put("/sandbox/control/faults").then().statusCode(200);
    }

    /** One rule, no throttle. */
    static void rule(String ruleJson) {
        put("{\"rules\": [" + ruleJson + "]}");
    }

    static void clear() {
        given().port(SandboxV3.port()).delete("/sandbox/control/faults").then().statusCode(200);
    }

    static List<Map<String, Object>> hits() {
        return given().port(SandboxV3.port()).get("/sandbox/control/hits").then().statusCode(200).extract()
                .as(JsonBody.class).getList("$");
    }

    static List<Map<String, Object>> hits(String pathPrefix) {
        return given().port(SandboxV3.port()).queryParam("path", pathPrefix).get("/sandbox/control/hits").then()
                .statusCode(200).extract().as(JsonBody.class).getList("$");
    }

    /** The {@code fault} of each hit under the prefix, oldest first. */
    static List<Object> faults(String pathPrefix) {
        return hits(pathPrefix).stream().map(hit -> hit.get("fault")).toList();
    }
}
