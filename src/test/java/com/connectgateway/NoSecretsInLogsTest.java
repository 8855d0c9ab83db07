package com.connectgateway;

import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.renew;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.session.SessionBroker;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.LogCapture;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.OperatorOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every log line written while sessions are used in all the ways that log: none holds a secret. */
@QuarkusTest
@TestProfile(OperatorOptions.class)
class NoSecretsInLogsTest {

    @Inject
    SessionBroker broker;

    private final LogCapture capture = LogCapture.allButTheTestClient();

    @BeforeEach
    void startCapture() {
        Logger.getLogger("").addHandler(capture);
        Sandbox.reset();
    }

    @AfterEach
    void stopCapture() {
        Logger.getLogger("").removeHandler(capture);
        Sandbox.reset();
    }

    /** Log levels outlive the application in this JVM; put them back for the test classes that follow. */
    @org.junit.jupiter.api.AfterAll
    static void restoreLevels() {
        Logger.getLogger("").setLevel(Level.INFO);
        Logger.getLogger("com.connectgateway").setLevel(Level.INFO);
    }

    @Test
    void noTokenOrPasswordIsLogged() {
        List<String> secrets = new ArrayList<>(List.of(LegacyApi.SYSTEM_PASSWORD, LegacyApi.USER_PASSWORD,
                OperatorOptions.KEY_STORE_PASSWORD));

        Map<String, Object> session = LegacyApi.createUserSession();
        secrets.add((String) session.get("Token"));
        secrets.add((String) session.get("SecureToken"));
        var stored = broker.authenticate((String) session.get("Token")).session();
        secrets.add(stored.upstream().accessToken());
        secrets.add(stored.upstream().refreshToken());

        Map<String, Object> renewed = renew(overHttps(), (String) session.get("SecureToken")).extract().as(JsonBody.class)
                .getMap("RenewSessionResult");
        secrets.add((String) renewed.get("Token"));
        secrets.add((String) renewed.get("SecureToken"));
        renew(overHttp(), (String) renewed.get("SecureToken")); // revoked, logged at INFO

        Map<String, Object> wrong = userCredentials();
        wrong.put("UserPassword", "wrong-password-for-the-log-test");
        secrets.add("wrong-password-for-the-log-test");
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", wrong));

        String proxied = given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", LegacyApi.SYSTEM_ID).formParam("client_secret", LegacyApi.SYSTEM_PASSWORD)
                .formParam("username", LegacyApi.USER_NAME).formParam("password", LegacyApi.USER_PASSWORD)
                .post("/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("access_token");
        secrets.add(proxied);

        // The download flow: DownloadTokens and the v3 download URIs are secrets too.
        String userToken = (String) renewed.get("Token");
        String imageId = com.connectgateway.support.Downloads.creativeImage(userToken, com.connectgateway.support.Downloads::downloadable);
        String downloadToken = com.connectgateway.support.Downloads.largestToken(userToken, imageId);
        secrets.add(downloadToken);
        Map<String, Object> downloadSession = LegacyApi.createUserSession();
        String attachment = com.connectgateway.support.Downloads.create(overHttps(), (String) downloadSession.get("SecureToken"),
                        List.of(com.connectgateway.support.Downloads.largestToken((String) downloadSession.get("Token"), imageId),
                                "garbage-token", downloadToken))
                .extract().as(JsonBody.class).getString("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment");
        secrets.add(attachment);
        String location = given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .redirects().follow(false).header("Authorization", "Bearer " + userToken)
                .post("/v2/download/" + imageId).then().statusCode(302).extract().header("Location");
        secrets.add(location);

        String applicationSecureToken = (String) LegacyApi.createApplicationSession().get("SecureToken");
        secrets.add(applicationSecureToken);
        Sandbox.failTokenEndpoint(503); // failure paths log warnings
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", userCredentials()));
        renew(overHttps(), applicationSecureToken);

        List<String> lines = capture.lines();
        assertThat(lines).as("the capture saw the gateway's own log lines").anyMatch(line -> line.contains("Revoked the secure token"));
        for (int i = 0; i < secrets.size(); i++) {
            String secret = secrets.get(i);
            assertThat(secret).isNotBlank();
            assertThat(lines.stream().filter(line -> line.contains(secret)).toList())
                    .as("log lines containing secret #%d", i).isEmpty();
        }
    }
}
