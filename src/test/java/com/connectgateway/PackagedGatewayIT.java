package com.connectgateway;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.renew;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (the jar a container or native image is built from), started as a
 * separate process: the session flow, transport rules and envelope errors end to end.
 */
@QuarkusIntegrationTest
class PackagedGatewayIT {

    @Test
    void sessionLifecycleOverHttps() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String renewedSecure = renew(overHttps(), (String) session.get("SecureToken"))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("RenewSessionResult.Token", matchesPattern("[A-Za-z0-9_-]{43}")))
                .extract().as(JsonBody.class).getString("RenewSessionResult.SecureToken");
        renew(overHttp(), renewedSecure).body(at("ResponseHeader.StatusList[0].Code", equalTo("SecureTokenPassedOverHttp")));
        renew(overHttps(), renewedSecure).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }

    @Test
    void createSessionNeedsHttps() {
        post(overHttp(), "/v1/session/CreateSession", envelope(null, "it", "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")))
                .body(at("ResponseHeader.CoordinationId", equalTo("it")));
    }

    @Test
    void malformedJsonGetsAnEnvelope() {
        overHttp().body("{not json").post("/v2/session/CreateSession").then()
                .statusCode(200)
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")));
    }

    @Test
    void sandboxEdgeRequiresApiKey() {
        given().port(LegacyApi.sandboxPort()).get("/sandbox/v3/search/images").then().statusCode(401);
    }

    @Test
    void sandboxIsNotServedOnTheGatewaysPorts() {
        given().port(LegacyApi.httpPort()).get("/sandbox/control/stats").then().statusCode(404);
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .get("/sandbox/control/stats").then().statusCode(404);
        given().port(LegacyApi.sandboxPort()).get("/sandbox/control/stats").then().statusCode(200);
    }
}
