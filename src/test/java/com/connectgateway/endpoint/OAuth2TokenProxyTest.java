package com.connectgateway.endpoint;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.renew;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.connectgateway.session.SessionBroker;
import com.connectgateway.session.TokenKind;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The legacy-era {@code POST /oauth2/token}, and its tokens used as legacy RequestHeader tokens. */
@QuarkusTest
class OAuth2TokenProxyTest {

    @Inject
    SessionBroker broker;

    @AfterEach
    void resetSandbox() {
        Sandbox.reset();
    }

    private static RequestSpecification form() {
        return given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded")
                .formParam("client_id", LegacyApi.SYSTEM_ID)
                .formParam("client_secret", LegacyApi.SYSTEM_PASSWORD);
    }

    @Test
    void clientCredentialsGrantIsPassedThrough() {
        form().formParam("grant_type", "client_credentials").post("/oauth2/token").then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(at("access_token", notNullValue()))
                .body(at("token_type", equalTo("Bearer")))
                .body(at("expires_in", equalTo("1800"))); // the sandbox's client-credentials form, passed through
    }

    @Test
    void passwordGrantReturnsRefreshTokenAndTrailingSlashWorks() {
        form().formParam("grant_type", "password").formParam("username", LegacyApi.USER_NAME)
                .formParam("password", LegacyApi.USER_PASSWORD)
                .post("/oauth2/token/").then()
                .statusCode(200)
                .body(at("refresh_token", notNullValue()));
    }

    @Test
    void clientCredentialsInBasicAuthorizationHeader() {
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded")
                .auth().preemptive().basic(LegacyApi.SYSTEM_ID, LegacyApi.SYSTEM_PASSWORD)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then()
                .statusCode(200)
                .body(at("access_token", notNullValue()));
    }

    @Test
    void upstreamErrorsArePassedThrough() {
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", "sandbox-system")
                .formParam("client_secret", "wrong")
                .post("/oauth2/token").then()
                .statusCode(401)
                .body(at("error", equalTo("invalid_client")));
    }

    @Test
    void tokenEndpointDownIs503() {
        Sandbox.failTokenEndpoint(500);
        form().formParam("grant_type", "client_credentials").post("/oauth2/token").then()
                .statusCode(500); // the upstream's own answer, passed through
        Sandbox.reset();
        Sandbox.tokenEndpoint(java.util.Map.of("delayMillis", 2500));
        form().formParam("grant_type", "client_credentials").post("/oauth2/token").then()
                .statusCode(503)
                .body(at("error", equalTo("temporarily_unavailable")));
    }

    @Test
    void proxiedAccessTokenIsAcceptedAsALegacyTokenButCannotBeRenewed() {
        String access = form().formParam("grant_type", "client_credentials").post("/oauth2/token")
                .then().statusCode(200).extract().as(JsonBody.class).get("access_token");

        var match = broker.authenticate(access);
        assertThat(match.kind()).isEqualTo(TokenKind.OAUTH2_ACCESS);
        assertThat(broker.upstreamAccessToken(match.session())).isEqualTo(access);
        // The client holds the grant behind it, so only the client can get a new one.
        renew(overHttps(), access)
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("FailedToRenewToken")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("/oauth2/token")))
                .body(at("RenewSessionResult", equalTo(null)));
        assertThat(Sandbox.tokenRequests()).as("no grant attempted for it").isEqualTo(1);
        renew(overHttp(), access).body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
    }

    @Test
    void proxiedAccessTokenOverHttpIsNotRevoked() {
        String access = form().formParam("grant_type", "client_credentials").post("/oauth2/token")
                .then().statusCode(200).extract().as(JsonBody.class).get("access_token");
        LegacyApi.post(LegacyApi.overHttp(), "/v2/search/SearchForImages", LegacyApi.envelope(access, null,
                "SearchForImagesRequestBody", SearchRequests.creative(SearchRequests.body(1, 1))))
                .body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(broker.authenticate(access).kind()).isEqualTo(TokenKind.OAUTH2_ACCESS);
    }

    @Test
    void tokenNeverIssuedByTheGatewayIsUnknown() {
        renew(overHttps(), "made-up-upstream-token").body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }
}
