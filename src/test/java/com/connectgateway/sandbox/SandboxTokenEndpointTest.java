package com.connectgateway.sandbox;

import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's OAuth2 endpoint and its v3 edge, spoken to directly as the gateway does. */
@QuarkusTest
class SandboxTokenEndpointTest {

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    private static RequestSpecification form(String clientSecret) {
        return given().port(LegacyApi.sandboxPort()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "sandbox-system").formParam("client_secret", clientSecret);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/sandbox/oauth2/token", "/sandbox/v4/oauth2/token" })
    void clientCredentialsHasNoRefreshToken(String path) {
        form("sandbox-secret").formParam("grant_type", "client_credentials").post(path).then()
                .statusCode(200)
                .body(at("access_token", notNullValue()))
                .body(at("token_type", equalTo("Bearer")))
                // As in the 2015 v3 docs' client-credentials answer: a string.
                .body(at("expires_in", equalTo("1800")))
                .body(at("refresh_token", nullValue()));
    }

    @Test
    void passwordAndRefreshGrantsSendExpiresInAsANumber() {
        String refresh = form("sandbox-secret").formParam("grant_type", "password")
                .formParam("username", "sandbox-user").formParam("password", "sandbox-password")
                .post("/sandbox/oauth2/token").then().statusCode(200)
                // As in the Connect-era password-grant answer: a number.
                .body(at("expires_in", equalTo(1800)))
                .extract().as(JsonBody.class).get("refresh_token");
        form("sandbox-secret").formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/sandbox/oauth2/token").then().statusCode(200).body(at("expires_in", equalTo(1800)));
    }

    @Test
    void passwordThenRefreshToken() {
        String refresh = form("sandbox-secret").formParam("grant_type", "password")
                .formParam("username", "sandbox-user").formParam("password", "sandbox-password")
                .post("/sandbox/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("refresh_token");
        form("sandbox-secret").formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/sandbox/oauth2/token").then().statusCode(200).body(at("access_token", notNullValue()));
        assertThat(Sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void errorsAreOAuth2Style() {
        form("wrong").formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then()
                .statusCode(401).body(at("error", equalTo("invalid_client")));
        form("sandbox-secret").formParam("grant_type", "password").formParam("username", "sandbox-user")
                .formParam("password", "nope").post("/sandbox/oauth2/token").then()
                .statusCode(400).body(at("error", equalTo("invalid_grant")));
        form("sandbox-secret").formParam("grant_type", "refresh_token").formParam("refresh_token", "unknown")
                .post("/sandbox/oauth2/token").then().statusCode(400).body(at("error", equalTo("invalid_grant")));
        form("sandbox-secret").formParam("grant_type", "authorization_code").post("/sandbox/oauth2/token").then()
                .statusCode(400).body(at("error", equalTo("unsupported_grant_type")));
        form("sandbox-secret").post("/sandbox/oauth2/token").then()
                .statusCode(400).body(at("error", equalTo("invalid_request")));
    }

    @Test
    void lifetimeAndFailureAreControllable() {
        Sandbox.tokenLifetimeSeconds(42);
        form("sandbox-secret").formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then()
                .body(at("expires_in", equalTo("42")));
        Sandbox.failTokenEndpoint(503);
        form("sandbox-secret").formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then()
                .statusCode(503);
        assertThat(Sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void everyV3CallNeedsTheApiKey() {
        given().port(LegacyApi.sandboxPort()).get("/sandbox/v3/search/images").then()
                .statusCode(401).body(at("message", equalTo("Unauthorized")));
        given().port(LegacyApi.sandboxPort()).header("Api-Key", "someone-else").get("/sandbox/v3/search/images").then()
                .statusCode(403).body(at("message", equalTo("Forbidden")));
        // With the key (header name in any case) the edge lets the call through to the search.
        given().port(LegacyApi.sandboxPort()).header("api-key", "sandbox-system").get("/sandbox/v3/search/images").then()
                .statusCode(200);
    }
}
