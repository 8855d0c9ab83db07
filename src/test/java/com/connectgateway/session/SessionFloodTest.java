package com.connectgateway.session;

import static com.connectgateway.support.LegacyApi.envelope;
import static io.restassured.RestAssured.given;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.SettableClock;
import com.connectgateway.support.Storm;
import com.connectgateway.support.profiles.MappedCredentials;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.common.mapper.TypeRef;
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

    /**
     * A CreateSession or CreateApplicationSession answer, read once with Jackson: a JsonPath lookup
     * costs milliseconds, and a flood's answers are looked at several times each.
     */
    private record Opened(boolean user, String status, String code, String message, String token, String secureToken) {

        @SuppressWarnings("unchecked")
        static Opened of(boolean user, Map<String, Object> answer) {
            Map<String, Object> header = (Map<String, Object>) answer.get("ResponseHeader");
            List<Map<String, Object>> statusList = (List<Map<String, Object>>) header.get("StatusList");
            Map<String, Object> first = statusList == null || statusList.isEmpty() ? Map.of() : statusList.get(0);
            Map<String, Object> result = (Map<String, Object>) answer.get(user ? "CreateSessionResult" : "CreateApplicationSessionResult");
            return new Opened(user, (String) header.get("Status"), (String) first.get("Code"), (String) first.get("Message"),
                    result == null ? null : (String) result.get("Token"), result == null ? null : (String) result.get("SecureToken"));
        }
    }

    /** CreateSession (user) or CreateApplicationSession. */
    private static Opened open(String system, boolean user) {
        String operation = user ? "CreateSession" : "CreateApplicationSession";
        return Opened.of(user, post(overHttps(), "/v1/session/" + operation,
                envelope(null, null, operation + "RequestBody", credentials(system, user))).extract().as(new TypeRef<>() {}));
    }

    @Inject
    SessionLimitCounters counters;

    @Inject
    SessionLimitLog limitLog;

    private static void searchAnswers(String token, String status, String code) {
        var answer = SearchRequests.search(token, SearchRequests.creative(SearchRequests.body(1, 1)))
                .body("ResponseHeader.Status", equalTo(status));
        if (code != null) {
            answer.body("ResponseHeader.StatusList[0].Code", equalTo(code));
        }
    }

    @Test
    void floodOfOneSystemHitsItsQuotaWhileAnotherSystemsSessionsKeepWorking() throws Exception {
        long refusedBefore = counters.refusedAtSystemQuota();
        limitLog.summary(); // start the interval here
        List<Opened> steady = new ArrayList<>();
        for (int i = 0; i < STEADY_BEFORE; i++) {
            steady.add(open("steady", true));
        }
        List<Callable<Opened>> calls = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            calls.add(() -> open("flooder", false));
            if (i % (FLOOD / STEADY_DURING) == FLOOD / STEADY_DURING / 2) {
                calls.add(() -> open("steady", true)); // legitimate sessions opened in the middle of the flood
            }
        }
        List<Opened> flood = new ArrayList<>();
        for (Opened answer : Storm.of(calls)) {
            (answer.user() ? steady : flood).add(answer);
        }

        // Every session of the steady system still works after the flood: search with its Token,
        // renew with its SecureToken.
        assertThat(steady).hasSize(STEADY_BEFORE + STEADY_DURING);
        for (Opened session : steady) {
            assertThat(session.status()).isEqualTo("success");
            searchAnswers(session.token(), "success", null);
        }
        LegacyApi.post(overHttps(), "/v1/session/RenewSession", envelope(steady.get(0).secureToken(),
                        null, "RenewSessionRequestBody", credentials("steady", false)))
                .body("ResponseHeader.Status", equalTo("success"));

        // The flooder got exactly its quota, and a legacy error for everything beyond it.
        List<Opened> admitted = flood.stream().filter(a -> "success".equals(a.status())).toList();
        List<Opened> refused = flood.stream().filter(a -> !"success".equals(a.status())).toList();
        assertThat(admitted).hasSize(QUOTA).allSatisfy(answer -> assertThat(answer.token()).isNotNull());
        assertThat(refused).hasSize(FLOOD - QUOTA).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo("error");
            assertThat(answer.code()).isEqualTo("MaxExceeded");
            assertThat(answer.message()).contains("session quota");
            assertThat(answer.token()).isNull();
        });
        searchAnswers(admitted.get(0).token(), "success", null);

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
            tokens.add(open("expiring", false).token());
        }
        assertThat(open("expiring", false).code()).isEqualTo("MaxExceeded");

        clock.advance(Duration.ofMinutes(31)); // past the 30-minute token duration, inside the retention
        searchAnswers(tokens.get(0), "error", "AUTH-012");
        long droppedBefore = counters.expiredDroppedForSystemQuota();

        Opened fresh = open("expiring", false);
        assertThat(fresh.status()).isEqualTo("success");
        searchAnswers(fresh.token(), "success", null);
        assertThat(counters.expiredDroppedForSystemQuota() - droppedBefore).isEqualTo(1);
        // The longest-expired session made room, so it is forgotten; the others still say expired.
        searchAnswers(tokens.get(0), "error", "AUTH-010");
        searchAnswers(tokens.get(1), "error", "AUTH-012");
    }

    @Test
    void oauth2TokenBeyondTheClientsQuotaIsRefusedNotHandedOutUnusable() {
        List<String> accessTokens = new ArrayList<>();
        for (int i = 0; i < QUOTA; i++) {
            accessTokens.add(oauth2Token().then().statusCode(200).extract().path("access_token"));
        }
        oauth2Token().then().statusCode(429).header("Cache-Control", "no-store")
                .body("error", equalTo("temporarily_unavailable"))
                .body("error_description", containsString("session limit"));
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
