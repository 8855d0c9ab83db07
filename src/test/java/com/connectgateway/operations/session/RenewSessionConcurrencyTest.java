package com.connectgateway.operations.session;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.renew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.Storm;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent RenewSession calls of one session: one renewal, one upstream grant, one pair that works. */
@QuarkusTest
class RenewSessionConcurrencyTest {

    private static final int CALLERS = 10;
    private static final String TOKEN_ENDPOINT = "/sandbox/oauth2/token";

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void tenConcurrentRenewalsWithOneSecureTokenMakeOneGrantAndShareOneWorkingPair() throws Exception {
        Map<String, Object> session = LegacyApi.createUserSession();
        assertThat(Faults.hits(TOKEN_ENDPOINT)).hasSize(1);
        // A slow token endpoint keeps the renewal in flight while the others arrive.
        Sandbox.tokenEndpoint(Map.of("delayMillis", 300));

        List<JsonBody> answers = Storm.of(CALLERS, () -> renew(overHttps(), (String) session.get("SecureToken")).extract().as(JsonBody.class));

        assertThat(Faults.hits(TOKEN_ENDPOINT)).as("CreateSession's grant plus one refresh").hasSize(2);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getString("ResponseHeader.Status")).isEqualTo("success"));
        Set<String> tokens = new HashSet<>(answers.stream().map(a -> a.getString("RenewSessionResult.Token")).toList());
        Set<String> secureTokens = new HashSet<>(answers.stream().map(a -> a.getString("RenewSessionResult.SecureToken")).toList());
        assertThat(tokens).hasSize(1).doesNotContainNull();
        assertThat(secureTokens).hasSize(1).doesNotContainNull();
        // Every caller got this one pair, so trying it once tries every caller's.
        assertWorks(tokens.iterator().next(), secureTokens.iterator().next());
    }

    @Test
    void renewalsJustAfterOneFinishedWithAnEarlierPairShareItToo() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String secure = (String) session.get("SecureToken");
        String first = renew(overHttps(), secure).extract().as(JsonBody.class).getString("RenewSessionResult.SecureToken");
        // A caller that raced the renewal and lost: same pair, no second grant.
        renew(overHttps(), secure).body(at("RenewSessionResult.SecureToken", equalTo(first)));
        assertThat(Faults.hits(TOKEN_ENDPOINT)).hasSize(2);
        // Whoever presents the new pair asks for a new renewal.
        String next = renew(overHttps(), first).extract().as(JsonBody.class).getString("RenewSessionResult.SecureToken");
        assertThat(next).isNotEqualTo(first);
        assertThat(Faults.hits(TOKEN_ENDPOINT)).hasSize(3);
        assertWorks((String) session.get("Token"), secure);
    }

    @Test
    void credentialsAreCheckedForEveryConcurrentCaller() throws Exception {
        Map<String, Object> session = LegacyApi.createUserSession();
        Sandbox.tokenEndpoint(Map.of("delayMillis", 300));
        Map<String, Object> wrong = LegacyApi.systemCredentials();
        wrong.put("SystemPassword", "not-the-session-secret");
        List<Callable<JsonBody>> callers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            Map<String, Object> credentials = i % 2 == 0 ? LegacyApi.systemCredentials() : wrong;
            callers.add(() -> post(overHttps(), "/v1/session/RenewSession",
                    envelope((String) session.get("SecureToken"), null, "RenewSessionRequestBody", credentials)).extract().as(JsonBody.class));
        }

        List<JsonBody> answers = Storm.of(callers);

        for (int i = 0; i < CALLERS; i++) {
            String expected = i % 2 == 0 ? "success" : "error";
            assertThat(answers.get(i).getString("ResponseHeader.Status")).isEqualTo(expected);
            if (i % 2 == 1) {
                assertThat(answers.get(i).getString("ResponseHeader.StatusList[0].Code")).isEqualTo("InvalidSystemIdOrPassword");
                assertThat(answers.get(i).getString("RenewSessionResult")).isNull();
            }
        }
        assertThat(Faults.hits(TOKEN_ENDPOINT)).hasSize(2);
    }

    @Test
    void aFailedRenewalIsNotKeptAndTheNextCallRetries() throws Exception {
        Map<String, Object> session = LegacyApi.createUserSession();
        // Unreachable, not refused: a refused renewal is final (RefreshPolicyTest).
        Sandbox.tokenEndpoint(Map.of("failStatus", 503, "delayMillis", 300));

        List<JsonBody> answers = Storm.of(CALLERS, () -> renew(overHttps(), (String) session.get("SecureToken")).extract().as(JsonBody.class));

        assertThat(answers).allSatisfy(answer ->
                assertThat(answer.getString("ResponseHeader.StatusList[0].Code")).isEqualTo("DependentServiceDown"));
        Sandbox.tokenEndpoint(Map.of());
        renew(overHttps(), (String) session.get("SecureToken")).body(at("ResponseHeader.Status", equalTo("success")));
    }

    /** The Token works for a search over HTTP and the SecureToken for one over HTTPS. */
    private static void assertWorks(String token, String secureToken) {
        Map<String, Object> body = SearchRequests.creative(SearchRequests.body(1, 1));
        post(overHttp(), "/v2/search/SearchForImages", envelope(token, null, "SearchForImagesRequestBody", body))
                .body(at("ResponseHeader.Status", equalTo("success")));
        post(overHttps(), "/v2/search/SearchForImages", envelope(secureToken, null, "SearchForImagesRequestBody", body))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }
}
