package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hit log, managing the fault plan, and what the control paths are spared. */
@QuarkusTest
class SandboxHitsTest {

    @BeforeEach
    void reset() {
        SandboxV3.reset();
    }

    private static io.restassured.specification.RequestSpecification control() {
        return given().port(SandboxV3.port());
    }

    @Test
    void hitsAreListedInOrderAndFilteredByPrefix() {
        long before = System.currentTimeMillis();
        SandboxV3.applicationToken();
        v3().queryParam("phrase", "dog").get("/sandbox/v3/search/images/creative").then().statusCode(200);
        v3().get("/sandbox/v3/images/100000001").then().statusCode(200);
        control().get("/sandbox/control/stats").then().statusCode(200);
        control().get("/sandbox/media/100000001/thumb.png");
        v3().queryParam("phrase", "cat").get("/sandbox/v3/search/images/editorial").then().statusCode(200);
        v3().post("/sandbox/v3/downloads/images/100000001").then().statusCode(401);

        List<Map<String, Object>> hits = FaultControl.hits();
        assertThat(hits).extracting(h -> h.get("method") + " " + h.get("path")).containsExactly(
                "POST /sandbox/oauth2/token",
                "GET /sandbox/v3/search/images/creative",
                "GET /sandbox/v3/images/100000001",
                "GET /sandbox/v3/search/images/editorial",
                "POST /sandbox/v3/downloads/images/100000001");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.get("fault")).isEqualTo("none"));
        List<Long> at = hits.stream().map(hit -> ((Number) hit.get("at")).longValue()).toList();
        assertThat(at).isSorted().allSatisfy(t -> assertThat(t).isBetween(before, System.currentTimeMillis()));

        assertThat(FaultControl.hits("/sandbox/v3/search")).extracting(h -> h.get("path"))
                .containsExactly("/sandbox/v3/search/images/creative", "/sandbox/v3/search/images/editorial");
        assertThat(FaultControl.hits("/sandbox/oauth2/")).hasSize(1);
        assertThat(FaultControl.hits("/sandbox/v4/")).isEmpty();
    }

    @Test
    void deletingTheFaultsKeepsTheHitsDeletingTheHitsClearsThem() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"status\": 503}");
        v3().get("/sandbox/v3/images/100000001").then().statusCode(503);
        FaultControl.clear();
        v3().get("/sandbox/v3/images/100000001").then().statusCode(200);
        assertThat(FaultControl.faults("/sandbox/v3/")).containsExactly("status:503", "none");

        control().delete("/sandbox/control/hits").then().statusCode(200);
        assertThat(FaultControl.hits()).isEmpty();
    }

    @Test
    void resetClearsFaultsThrottleAndHits() {
        FaultControl.put("{\"rules\": [{\"path\": \"/sandbox/v3/\", \"status\": 503}], \"throttlePerSecond\": 5}");
        v3().get("/sandbox/v3/images/100000001").then().statusCode(503);

        control().post("/sandbox/control/reset").then().statusCode(200);
        assertThat(FaultControl.hits()).isEmpty();
        control().get("/sandbox/control/faults").then().statusCode(200)
                .body(at("rules", hasSize(0))).body(at("throttlePerSecond", nullValue()));
        v3().get("/sandbox/v3/images/100000001").then().statusCode(200);
    }

    @Test
    void controlPathsAreNeverFaultedNorLogged() {
        FaultControl.put("{\"rules\": [{\"path\": \"/\", \"action\": \"reset\"}], \"throttlePerSecond\": 0}");
        control().get("/sandbox/control/stats").then().statusCode(200);
        control().get("/sandbox/control/faults").then().statusCode(200).body(at("rules[0].action", equalTo("reset")));
        control().get("/sandbox/control/hits").then().statusCode(200).body("$", hasSize(0));
        FaultControl.clear();
        v3().get("/sandbox/v3/images/100000001").then().statusCode(200);
    }

    @Test
    void putEchoesThePlanAndGetShowsIt() {
        control().contentType(ContentType.JSON).body("""
                {"rules": [{"path": "/sandbox/v3/search", "method": "get", "times": 2, "delayMillis": 10,
                            "status": 503, "headers": {"Retry-After": "1"}}],
                 "throttlePerSecond": 7}
                """).put("/sandbox/control/faults").then().statusCode(200)
                .body(at("rules[0].method", equalTo("GET")))
                .body(at("rules[0].times", equalTo(2)))
                .body(at("throttlePerSecond", equalTo(7)));
        control().get("/sandbox/control/faults").then().statusCode(200)
                .body(at("rules[0].path", equalTo("/sandbox/v3/search")))
                .body(at("rules[0].headers.Retry-After", equalTo("1")));
        control().delete("/sandbox/control/faults").then().statusCode(200).body(at("rules", hasSize(0)));
    }

    @Test
    void invalidPlansAreRefusedAndChangeNothing() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"status\": 503}");
        refused("{\"rules\": [{\"path\": \"/sandbox/v3/\", \"delay\": 300}]}", "delay");
        refused("{\"rules\": [{\"path\": \"/sandbox/v3/\", \"action\": \"explode\"}]}", "explode");
        refused("{\"rules\": [{\"path\": \"/sandbox/v3/\", \"action\": \"reset\", \"status\": 503}]}",
                "both status and action");
        refused("{\"rules\": [{\"path\": \"sandbox/v3/\"}]}", "rules[0].path");
        refused("{\"rules\": [{\"path\": \"/sandbox/control/stats\", \"status\": 500}]}", "control");
        refused("{\"rules\": [{\"path\": \"/sandbox/v3/\", \"times\": 0}]}", "times");
        refused("{\"rules\": [{\"path\": \"/sandbox/v3/\", \"body\": \"x\"}]}", "body");
        refused("{\"throttlePerSecond\": -1}", "throttlePerSecond");
        refused("[", "");
        v3().get("/sandbox/v3/images/100000001").then().statusCode(503);
    }

    private static void refused(String plan, String mentioning) {
        control().contentType(ContentType.JSON).body(plan).put("/sandbox/control/faults").then()
                .statusCode(400).body(at("message", containsString(mentioning)));
    }
}
