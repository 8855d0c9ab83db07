package com.connectgateway.session;

import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.Storm;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials with a control character never reach the token endpoint (the HTTP client would refuse
 * the Api-Key header only after taking a connection, and the caller would hang until the token
 * timeout): a storm of them is refused at once and leaves the endpoint free for valid clients.
 */
@QuarkusTest
class ControlCharacterCredentialsTest {

    private static final List<String> BAD = List.of("\u0000", "\r", "\n", "\r\nX-Injected: 1");
    /** Six ways in (five credential fields, one client id) times every bad value, each once and all at once. */
    private static final int WAYS = 6;
    private static final int STORM = WAYS * BAD.size();

    @BeforeEach
    void clearHits() {
        Sandbox.reset();
        Faults.clear();
    }

    @AfterEach
    void reset() {
        Sandbox.reset();
        Faults.clear();
    }

    @Test
    void stormOfBadCredentialsIsRefusedAtOnceAndValidSessionsStillOpen() throws Exception {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < STORM; i++) {
            String bad = BAD.get(i / WAYS);
            switch (i % WAYS) {
                case 0 -> calls.add(() -> createSession(credentials(LegacyApi.SYSTEM_ID + bad, LegacyApi.SYSTEM_PASSWORD, null, null)));
                case 1 -> calls.add(() -> createSession(credentials(LegacyApi.SYSTEM_ID, LegacyApi.SYSTEM_PASSWORD + bad, null, null)));
                case 2 -> calls.add(() -> createSession(credentials(bad + LegacyApi.SYSTEM_ID, LegacyApi.SYSTEM_PASSWORD,
                        LegacyApi.USER_NAME, LegacyApi.USER_PASSWORD)));
                case 3 -> calls.add(() -> createSession(credentials(LegacyApi.SYSTEM_ID, LegacyApi.SYSTEM_PASSWORD,
                        LegacyApi.USER_NAME + bad, LegacyApi.USER_PASSWORD)));
                case 4 -> calls.add(() -> createSession(credentials(LegacyApi.SYSTEM_ID, LegacyApi.SYSTEM_PASSWORD,
                        LegacyApi.USER_NAME, LegacyApi.USER_PASSWORD + bad)));
                default -> calls.add(() -> oauth2Token(LegacyApi.SYSTEM_ID + bad));
            }
        }

        List<String> answers = Storm.of(calls);

        for (int i = 0; i < STORM; i++) {
            String expected = switch (i % WAYS) {
                case 0, 1, 2 -> "InvalidSystemIdOrPassword";
                case 3, 4 -> "InvalidUsernameOrPassword";
                default -> "400 invalid_client";
            };
            assertThat(answers.get(i)).as("request %d", i).isEqualTo(expected);
        }
        assertThat(Faults.hits("/sandbox/oauth2")).isEmpty();

        // The endpoint was never tied up: a valid client is served as usual.
        assertThat(createSession(LegacyApi.userCredentials())).isEqualTo("success");
        assertThat(Faults.hits("/sandbox/oauth2")).hasSize(1);
    }

    @Test
    void basicAuthorizationWithControlCharacterIsInvalidClient() {
        String basic = java.util.Base64.getEncoder().encodeToString(
                (LegacyApi.SYSTEM_ID + "\n:" + LegacyApi.SYSTEM_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then()
                .statusCode(400)
                .header("Cache-Control", "no-store");
        assertThat(Faults.hits("/sandbox/oauth2")).isEmpty();
    }

    private static Map<String, Object> credentials(String systemId, String systemPassword, String user, String password) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("SystemId", systemId);
        body.put("SystemPassword", systemPassword);
        if (user != null) {
            body.put("UserName", user);
            body.put("UserPassword", password);
        }
        return body;
    }

    /** The legacy answer: "success" or the first status code. */
    private static String createSession(Map<String, Object> body) {
        var json = LegacyApi.post(overHttps(), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", body)).extract().as(JsonBody.class);
        String status = json.getString("ResponseHeader.Status");
        return "success".equals(status) ? status : json.getString("ResponseHeader.StatusList[0].Code");
    }

    private static String oauth2Token(String clientId) {
        var response = given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded")
                .formParam("client_id", clientId)
                .formParam("client_secret", LegacyApi.SYSTEM_PASSWORD)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token");
        return response.statusCode() + " " + response.as(JsonBody.class).getString("error");
    }
}
