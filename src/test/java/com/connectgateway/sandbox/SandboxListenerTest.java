package com.connectgateway.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The sandbox answers on its own listener only, and that listener answers nothing else. */
@QuarkusTest
class SandboxListenerTest {

    @Test
    void sandboxHasItsOwnPort() {
        assertThat(LegacyApi.sandboxPort()).isPositive().isNotIn(LegacyApi.httpPort(), LegacyApi.httpsPort());
    }

    @Test
    void controlAndV3AnswerOnTheSandboxPort() {
        given().port(LegacyApi.sandboxPort()).get("/sandbox/control/stats").then().statusCode(200);
        SandboxV3.v3(SandboxV3.applicationToken()).get("/sandbox/v3/collections").then().statusCode(200);
    }

    @Test
    void sandboxPathsAreNotServedOverTheGatewaysHttpPort() {
        given().port(LegacyApi.httpPort()).get("/sandbox/control/stats").then().statusCode(404);
        given().port(LegacyApi.httpPort()).delete("/sandbox/control/faults").then().statusCode(404);
        given().port(LegacyApi.httpPort()).header("Api-Key", SandboxV3.API_KEY).get("/sandbox/v3/collections")
                .then().statusCode(404);
        given().port(LegacyApi.httpPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then().statusCode(404);
    }

    @Test
    void sandboxPathsAreNotServedOverTheGatewaysHttpsPort() {
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .get("/sandbox/control/hits").then().statusCode(404);
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .post("/sandbox/control/reset").then().statusCode(404);
    }

    @Test
    void theSandboxPortServesNoGatewayPath() {
        given().port(LegacyApi.sandboxPort()).contentType("application/json").body("{}")
                .post("/v1/session/CreateSession").then().statusCode(404);
        given().port(LegacyApi.sandboxPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/oauth2/token").then().statusCode(404);
    }
}
