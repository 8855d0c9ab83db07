package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Throttle mode: v3's "Account Over Queries Per Second Limit" answer above N calls a second. */
@QuarkusTest
class SandboxThrottleTest {

    private static final String IMAGE = "/sandbox/v3/images/100000001";

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        // Warm the connection and the resource first, so the quick calls below land within a second.
        v3().get(IMAGE).then().statusCode(200);
    }

    @Test
    void callsAboveTheLimitWithinASecondAre429() {
        FaultControl.put("{\"rules\": [], \"throttlePerSecond\": 3}");
        v3().get(IMAGE).then().statusCode(200);
        v3().get(IMAGE).then().statusCode(200);
        v3().get(IMAGE).then().statusCode(200);
        v3().get(IMAGE).then().statusCode(429)
                .header("X-Error-Detail", "Account Over Queries Per Second Limit")
                .header("Retry-After", "1")
                .contentType("application/json")
                .body(at("message", equalTo("Account Over Queries Per Second Limit")));
        assertThat(FaultControl.faults("/sandbox/v3/images")).containsExactly("none", "none", "none", "none",
                "throttled");
    }

    @Test
    void theLimitAppliesToV3OnlyAndNeverToControlPaths() {
        FaultControl.put("{\"rules\": [], \"throttlePerSecond\": 0}");
        v3().get(IMAGE).then().statusCode(429);
        SandboxV3.applicationToken();
        SandboxV3.applicationToken();
        given().port(SandboxV3.port()).get("/sandbox/control/stats").then().statusCode(200);
        given().port(SandboxV3.port()).get("/sandbox/control/stats").then().statusCode(200);
    }

    @Test
    void afterASecondCallsGetThroughAgain() throws InterruptedException {
        FaultControl.put("{\"throttlePerSecond\": 1}");
        v3().get(IMAGE).then().statusCode(200);
        v3().get(IMAGE).then().statusCode(429);
        Thread.sleep(1_000);
        v3().get(IMAGE).then().statusCode(200);
    }

    @Test
    void throttleIsCheckedBeforeTheRules() {
        FaultControl.put("""
                {"rules": [{"path": "/sandbox/v3/", "status": 503, "times": 1}], "throttlePerSecond": 0}
                """);
        v3().get(IMAGE).then().statusCode(429);
        FaultControl.put("{\"rules\": [{\"path\": \"/sandbox/v3/\", \"status\": 503, \"times\": 1}]}");
        v3().get(IMAGE).then().statusCode(503);
    }

    @Test
    void deletingTheFaultsEndsThrottling() {
        FaultControl.put("{\"rules\": [], \"throttlePerSecond\": 0}");
        v3().get(IMAGE).then().statusCode(429);
        FaultControl.clear();
        v3().get(IMAGE).then().statusCode(200);
    }
}
