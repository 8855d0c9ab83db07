package com.connectgateway.session;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.SettableClock;
import com.connectgateway.support.Storm;
import com.connectgateway.support.profiles.MappedCredentials;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 2: a CreateSession flood of one system reaches that system's quota and is answered
 * MaxExceeded, while the sessions other systems opened before and during the flood keep working.
 * Two legacy systems are mapped onto the sandbox's one API key; the quota is per legacy SystemId.
 */
@QuarkusTest
@TestProfile(MappedCredentials.class)
class SessionFloodTest {

    static final int QUOTA = MappedCredentials.QUOTA;
    /** Six times the quota, all at once. */
    static final int FLOOD = 6 * QUOTA;
    /** The other system's sessions opened before the flood, and during it; together below its own quota. */
    static final int STEADY_BEFORE = 2;
    static final int STEADY_DURING = 2;

    private static Map<String, Object> credentials(String system, boolean user) {
        Map<String, Object> body = new HashMap<>();
        body.put("SystemId", system);
        body.put("SystemPassword", system + "-pass");
        if (user) {
            body.put("UserName", LegacyApi.USER_NAME);
            body.put("UserPassword", LegacyApi.USER_PASSWORD);
        }
        return body;
    }

    /** CreateSession (user) or CreateApplicationSession; the whole answer. */
    private static JsonBody open(String system, boolean user) {
        String operation = user ? "CreateSession" : "CreateApplicationSession";
        return post(overHttps(), "/v1/session/" + operation,
                envelope(null, null, operation + "RequestBody", credentials(system, user))).extract().as(JsonBody.class);
    }

    @Inject
    SessionLimitCounters counters;

    @Inject
    SessionLimitLog limitLog;

    private static void searchAnswers(String token, String status, String code) {
        var answer = SearchRequests.search(token, SearchRequests.creative(SearchRequests.body(1, 1)))
                .body(at("ResponseHeader.Status", equalTo(status)));
        if (code != null) {
            answer.body(at("ResponseHeader.StatusList[0].Code", equalTo(code)));
        }
    }

    @Test
    void floodOfOneSystemHitsItsQuotaWhileAnotherSystemsSessionsKeepWorking() throws Exception {
        long refusedBefore = counters.refusedAtSystemQuota();
        limitLog.summary(); // start the interval here
        List<JsonBody> steady = new ArrayList<>();
        for (int i = 0; i < STEADY_BEFORE; i++) {
            steady.add(open("steady", true));
        }
        List<Callable<JsonBody>> calls = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            calls.add(() -> open("flooder", false));
            if (i % (FLOOD / STEADY_DURING) == FLOOD / STEADY_DURING / 2) {
                calls.add(() -> open("steady", true)); // legitimate sessions opened in the middle of the flood
            }
        }
        List<JsonBody> flood = new ArrayList<>();
        for (JsonBody answer : Storm.of(calls)) {
            (answer.getString("CreateSessionResult.Token") != null ? steady : flood).add(answer);
        }

        // Every session of the steady system still works after the flood: search with its Token,
        // renew with its SecureToken.
        assertThat(steady).hasSize(STEADY_BEFORE + STEADY_DURING);
        for (JsonBody session : steady) {
            assertThat(session.getString("ResponseHeader.Status")).isEqualTo("success");
            searchAnswers(session.getString("CreateSessionResult.Token"), "success", null);
        }
        LegacyApi.post(overHttps(), "/v1/session/RenewSession", envelope(steady.get(0).getString("CreateSessionResult.SecureToken"),
                        null, "RenewSessionRequestBody", credentials("steady", false)))
                .body(at("ResponseHeader.Status", equalTo("success")));

        // The flooder got exactly its quota, and a legacy error for everything beyond it.
        List<JsonBody> admitted = flood.stream().filter(a -> "success".equals(a.getString("ResponseHeader.Status"))).toList();
        List<JsonBody> refused = flood.stream().filter(a -> !"success".equals(a.getString("ResponseHeader.Status"))).toList();
        assertThat(admitted).hasSize(QUOTA)
                .allSatisfy(answer -> assertThat(answer.getString("CreateApplicationSessionResult.Token")).isNotNull());
        assertThat(refused).hasSize(FLOOD - QUOTA).allSatisfy(answer -> {
            assertThat(answer.getString("ResponseHeader.Status")).isEqualTo("error");
            assertThat(answer.getString("ResponseHeader.StatusList[0].Code")).isEqualTo("MaxExceeded");
            assertThat(answer.getString("ResponseHeader.StatusList[0].Message")).contains("session quota");
            assertThat(answer.getString("CreateApplicationSessionResult")).isNull();
        });
        searchAnswers(admitted.get(0).getString("CreateApplicationSessionResult.Token"), "success", null);

        // Counted, and summed up in one line that names the flooder only by fingerprint.
        assertThat(counters.refusedAtSystemQuota() - refusedBefore).isEqualTo(FLOOD - QUOTA);
        assertThat(limitLog.summary()).get().asString()
                .contains("refused " + (FLOOD - QUOTA) + " new session(s) at their system's quota")
                .contains(SessionLimitLog.fingerprint("flooder") + "=" + (FLOOD - QUOTA))
                .doesNotContain("flooder=");
    }

    @Test
    void aSystemAtItsQuotaMakesRoomWithItsOwnExpiredSessionsFirst() {
        SettableClock clock = new SettableClock();
        QuarkusMock.installMockForType(clock, Clock.class);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < QUOTA; i++) {
            tokens.add(open("expiring", false).getString("CreateApplicationSessionResult.Token"));
        }
        assertThat(open("expiring", false).getString("ResponseHeader.StatusList[0].Code")).isEqualTo("MaxExceeded");

        clock.advance(Duration.ofMinutes(31)); // past the 30-minute token duration, inside the retention
        searchAnswers(tokens.get(0), "error", "AUTH-012");
        long droppedBefore = counters.expiredDroppedForSystemQuota();

        JsonBody fresh = open("expiring", false);
        assertThat(fresh.getString("ResponseHeader.Status")).isEqualTo("success");
        searchAnswers(fresh.getString("CreateApplicationSessionResult.Token"), "success", null);
        assertThat(counters.expiredDroppedForSystemQuota() - droppedBefore).isEqualTo(1);
        // The longest-expired session made room, so it is forgotten; the others still say expired.
        searchAnswers(tokens.get(0), "error", "AUTH-010");
        searchAnswers(tokens.get(1), "error", "AUTH-012");
    }

    @Test
    void oauth2TokenBeyondTheClientsQuotaIsRefusedNotHandedOutUnusable() {
        List<String> accessTokens = new ArrayList<>();
        for (int i = 0; i < QUOTA; i++) {
            accessTokens.add(oauth2Token().then().statusCode(200).extract().as(JsonBody.class).getString("access_token"));
        }
        oauth2Token().then().statusCode(429).header("Cache-Control", "no-store")
                .body(at("error", equalTo("temporarily_unavailable")))
                .body(at("error_description", containsString("session limit")));
        searchAnswers(accessTokens.get(0), "success", null);
        searchAnswers(accessTokens.get(QUOTA - 1), "success", null);
    }

    private static io.restassured.response.Response oauth2Token() {
        return given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                .contentType("application/x-www-form-urlencoded")
                .formParam("client_id", LegacyApi.SYSTEM_ID).formParam("client_secret", LegacyApi.SYSTEM_PASSWORD)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token");
    }
}
