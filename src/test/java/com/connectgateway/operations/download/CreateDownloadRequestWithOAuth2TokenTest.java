package com.connectgateway.operations.download;

import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The v2 docs' OAuth2 route: an access token from {@code /oauth2/token} as RequestHeader.Token for downloads. */
@QuarkusTest
class CreateDownloadRequestWithOAuth2TokenTest {

    private String accessToken;
    private String downloadToken;

    @BeforeEach
    void userAccessTokenAndADownloadToken() {
        Sandbox.reset();
        accessToken = given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded")
                .formParam("client_id", LegacyApi.SYSTEM_ID).formParam("client_secret", LegacyApi.SYSTEM_PASSWORD)
                .formParam("grant_type", "password")
                .formParam("username", LegacyApi.USER_NAME).formParam("password", LegacyApi.USER_PASSWORD)
                .post("/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("access_token");
        // Picked with a user session: search answers list products for CreateSession user sessions only.
        String imageId = Downloads.creativeImage((String) LegacyApi.createUserSession().get("Token"), Downloads::downloadable);
        downloadToken = Downloads.largestToken(accessToken, imageId);
        assertThat(downloadToken).isNotNull();
    }

    @Test
    void overHttpsTheAccessTokenIsAsGoodAsASecureToken() {
        Downloads.create(LegacyApi.overHttps(), accessToken, List.of(downloadToken))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment", notNullValue()));
        assertThat(Downloads.v3Downloads().getList("$")).hasSize(1);
    }

    @Test
    void overPlainHttpItIsStillOperationRequiresHttps() {
        Downloads.create(LegacyApi.overHttp(), accessToken, List.of(downloadToken))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")))
                .body(at("CreateDownloadRequestResult", equalTo(null)));
        assertThat(Downloads.v3Downloads().getList("$")).isEmpty();
        // Not a SecureToken, so nothing was revoked: it still downloads over HTTPS.
        Downloads.create(LegacyApi.overHttps(), accessToken, List.of(downloadToken))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")));
    }

    @Test
    void aStandardTokenIsStillRefused() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        Downloads.create(LegacyApi.overHttps(), token, List.of(downloadToken))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));
    }
}
