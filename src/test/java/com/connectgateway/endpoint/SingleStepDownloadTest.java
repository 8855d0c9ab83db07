package com.connectgateway.endpoint;

import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /v2/download/{ImageId}: a 302 to the file, and the documented error statuses. */
@QuarkusTest
class SingleStepDownloadTest {

    private Map<String, Object> session;
    private String token;
    private String imageId;

    @BeforeEach
    void session() {
        Sandbox.reset();
        session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        imageId = Downloads.creativeImage(token, Downloads::downloadable);
    }

    private static RequestSpecification https(String bearer) {
        RequestSpecification spec = given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .redirects().follow(false).header("Api-Key", LegacyApi.SYSTEM_ID);
        return bearer == null ? spec : spec.header("Authorization", "Bearer " + bearer);
    }

    @Test
    void redirectsToTheFile() {
        Response response = https((String) session.get("SecureToken")).header("GI-Coordination-Id", "c-1")
                .post("/v2/download/" + imageId);
        response.then().statusCode(302).header("GI-Coordination-Id", "c-1");
        byte[] file = given().get(response.getHeader("Location")).then().statusCode(200).extract().asByteArray();
        assertThat(file).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void standardTokenOverHttpAlsoWorks() {
        given().port(LegacyApi.httpPort()).redirects().follow(false).header("Authorization", "Bearer " + token)
                .post("/v2/download/" + imageId).then().statusCode(302);
    }

    @Test
    void upstreamAccessTokensWorkWithOrWithoutTheGatewayProxy() {
        String viaGateway = https(null).contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", LegacyApi.SYSTEM_ID).formParam("client_secret", LegacyApi.SYSTEM_PASSWORD)
                .formParam("username", LegacyApi.USER_NAME).formParam("password", LegacyApi.USER_PASSWORD)
                .post("/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("access_token");
        https(viaGateway).post("/v2/download/" + imageId).then().statusCode(302);

        String direct = given().port(LegacyApi.sandboxPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", LegacyApi.SYSTEM_ID)
                .formParam("client_secret", LegacyApi.SYSTEM_PASSWORD).formParam("username", LegacyApi.USER_NAME)
                .formParam("password", LegacyApi.USER_PASSWORD)
                .post("/sandbox/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("access_token");
        https(direct).post("/v2/download/" + imageId).then().statusCode(302);
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort()).redirects().follow(false)
                .header("Authorization", "Bearer " + direct).post("/v2/download/" + imageId).then().statusCode(401);
    }

    @Test
    void documentedErrorStatuses() {
        https(null).post("/v2/download/" + imageId).then().statusCode(401);
        https("not-a-token").post("/v2/download/" + imageId).then().statusCode(401);
        String anonymous = (String) LegacyApi.createApplicationSession().get("Token");
        https(anonymous).post("/v2/download/" + imageId).then().statusCode(401)
                .body(at("Message", equalTo("This token is not fully authenticated.")));
        https(token).post("/v2/download/999999999").then().statusCode(404).body(at("Message", equalTo("Image not found.")));
        String callForImage = Downloads.creativeImage(token, Downloads::callForImage);
        https(token).post("/v2/download/" + callForImage).then().statusCode(404)
                .body(at("Message", equalTo("No authorizations were found for the asset.")));
        for (String product : List.of("1234", "2345", "5678")) { // the capped products of creative images
            Downloads.productRemaining(product, 0);
        }
        https(token).post("/v2/download/" + imageId).then().statusCode(403).body(at("Message", equalTo("No product offering found.")));
    }

    @Test
    void secureTokenOverHttpIsForbiddenAndRevoked() {
        String secure = (String) session.get("SecureToken");
        given().port(LegacyApi.httpPort()).redirects().follow(false).header("Authorization", "Bearer " + secure)
                .post("/v2/download/" + imageId).then().statusCode(403);
        LegacyApi.renew(LegacyApi.overHttps(), secure).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    @Test
    void unusableUpstreamUriNeverReachesTheClient() {
        for (String uri : List.of("javascript:alert(1)", "http://exa mple.com/f", "//evil.example/f")) {
            Faults.rule(Map.of("path", "/sandbox/v3/downloads/", "status", 200, "body", "{\"uri\":\"" + uri + "\"}",
                    "headers", Map.of("Content-Type", "application/json")));
            https(token).post("/v2/download/" + imageId).then().statusCode(502).header("Location", nullValue())
                    .body(at("Message", equalTo("The image service gave an unusable download location.")));
        }
    }

    @Test
    void revokedOrUnknownGatewayTokensAreNotForwardedUpstream() {
        String secure = (String) session.get("SecureToken");
        given().port(LegacyApi.httpPort()).redirects().follow(false).header("Authorization", "Bearer " + secure)
                .post("/v2/download/" + imageId).then().statusCode(403); // revokes it
        Faults.clear(); // empties the hit log
        String valid = LegacyApi.createUserSession().get("Token").toString();
        // Its last character changed, to another the gateway could have minted: the last of 43 Base64
        // characters carries 4 bits and two zero bits, so only A, E, I, ... qualify ("B" after an "A"
        // made one run in 16 read it as a foreign token).
        String unknown = valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "E" : "A");
        for (String dead : List.of(secure, unknown)) {
            https(dead).post("/v2/download/" + imageId).then().statusCode(401).body(at("Message", equalTo("The token is not valid.")));
        }
        assertThat(Faults.hits("/sandbox/v3/")).isEmpty();
    }

    @Test
    void downloadOperationNamesStillReachTheEnvelopeEndpoint() {
        LegacyApi.post(LegacyApi.overHttps(), "/v2/download/CreateDownloadRequest",
                LegacyApi.envelope((String) session.get("SecureToken"), null, "CreateDownloadRequestBody",
                        Map.of("DownloadItems", List.of(Map.of("DownloadToken", "garbage")))))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("InvalidToken")));
    }
}
