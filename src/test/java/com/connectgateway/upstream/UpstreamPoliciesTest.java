package com.connectgateway.upstream;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Downloads;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SettableClock;
import com.connectgateway.support.Storm;
import com.connectgateway.support.profiles.ShortUpstreamPolicies;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timeouts, retries and error mapping of v3 calls, with every policy shortened through config
 * keys. The breakers keep their default settings and are closed before each test; no test here
 * fails enough calls to open one (see CircuitBreakerTest for that).
 */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class UpstreamPoliciesTest {

    private static final long TIMEOUT_MILLIS = ShortUpstreamPolicies.READ_TIMEOUT_MILLIS;

    private static final String SEARCH = "/sandbox/v3/search/images/creative";

    @jakarta.inject.Inject
    com.connectgateway.session.SessionBroker broker;

    private String token;

    @BeforeEach
    void session() {
        Breakers.resetAll();
        Sandbox.reset();
        Faults.clear();
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    private static Map<String, Object> rule(Object... pairs) {
        Map<String, Object> rule = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rule.put((String) pairs[i], pairs[i + 1]);
        }
        return rule;
    }

    @Test
    void hangingUpstreamTimesOutPromptly() {
        Faults.rule(rule("path", SEARCH, "delayMillis", 10_000));
        long started = System.nanoTime();
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                // The read timeout's answer, not the operation deadline's ("within the time limit of the request").
                .body(at("ResponseHeader.StatusList[0].Message", equalTo("The image service did not answer in time.")));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        // Well short of the 10 s hang, so the timeout ended it; how close to the timeout is for bench/.
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(TIMEOUT_MILLIS).isLessThan(5_000);
        assertThat(Faults.hits(SEARCH)).hasSize(1); // a timeout is not retried
    }

    @Test
    void twoServiceUnavailableThenSuccessTakesExactlyThreeCalls() {
        Faults.rule(rule("path", SEARCH, "status", 503, "times", 2));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("SearchForImagesResult.ItemCount", equalTo(5)));
        assertThat(Faults.hits(SEARCH)).hasSize(3);
    }

    @Test
    void retriesStopAtTheConfiguredNumber() {
        Faults.rule(rule("path", SEARCH, "status", 502));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
        assertThat(Faults.hits(SEARCH)).hasSize(3); // the call and two retries
    }

    @Test
    void serverErrorsOtherThanTransientOnesAreNotRetried() {
        Faults.rule(rule("path", SEARCH, "status", 500, "body", "{\"ErrorCode\":\"Boom\",\"ErrorMessage\":\"broken\"}"));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
        assertThat(Faults.hits(SEARCH)).hasSize(1);
    }

    @Test
    void serverErrorTextStaysUpstream() {
        Faults.rule(rule("path", SEARCH, "status", 500,
                "body", "{\"ErrorCode\":\"NullReference\",\"ErrorMessage\":\"at Getty.Search.Internal line 42\"}"));
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", not(containsString("Getty.Search.Internal"))))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("HTTP 500")));
    }

    /** The 2015-era throttle: a 403 that only X-Error-Detail tells from a refusal. */
    @Test
    void forbiddenOverQueriesPerSecondIsThrottlingAndRetried() {
        Faults.rule(rule("path", SEARCH, "status", 403, "times", 1,
                "headers", Map.of("X-Error-Detail", "Account Over Queries Per Second Limit"),
                "body", "{\"message\":\"Account Over Queries Per Second Limit\"}"));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(Faults.hits(SEARCH)).hasSize(2);
    }

    @Test
    void persistentForbiddenThrottleAnswersDependentServiceDownWithTheWait() {
        Faults.rule(rule("path", SEARCH, "status", 403,
                "headers", Map.of("X-Error-Detail", "Account Over Queries Per Second Limit", "Retry-After", "30"),
                "body", "{\"message\":\"Account Over Queries Per Second Limit\"}"));
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("retry after 30 seconds")));
    }

    @Test
    void forbiddenThrottleOnADownloadIsNoRefusal() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String sessionToken = (String) session.get("Token");
        String downloadToken = Downloads.largestToken(sessionToken, Downloads.creativeImage(sessionToken, Downloads::downloadable));
        Faults.rule(rule("path", "/sandbox/v3/downloads/", "status", 403,
                "headers", Map.of("X-Error-Detail", "Account Over Queries Per Second Limit"),
                "body", "{\"message\":\"Account Over Queries Per Second Limit\"}"));
        Downloads.create(LegacyApi.overHttps(), (String) session.get("SecureToken"), List.of(downloadToken))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("FailedToGetDownloadUrl")));
        assertThat(Faults.hits("/sandbox/v3/downloads/")).hasSize(1);
    }

    @Test
    void downloadPostIsNeverRetried() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String sessionToken = (String) session.get("Token");
        String downloadToken = Downloads.largestToken(sessionToken, Downloads.creativeImage(sessionToken, Downloads::downloadable));
        Faults.rule(rule("path", "/sandbox/v3/downloads/", "status", 503));
        Downloads.create(LegacyApi.overHttps(), (String) session.get("SecureToken"), List.of(downloadToken))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("FailedToGetDownloadUrl")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("FailedToGetDownloadUrl")));
        assertThat(Faults.hits("/sandbox/v3/downloads/")).hasSize(1);
    }

    @Test
    void retryAfterIsHonoured() {
        Faults.rule(rule("path", SEARCH, "status", 429, "times", 1, "headers", Map.of("Retry-After", "1")));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success")));
        List<Map<String, Object>> hits = Faults.hits(SEARCH);
        assertThat(hits).hasSize(2);
        long gap = ((Number) hits.get(1).get("at")).longValue() - ((Number) hits.get(0).get("at")).longValue();
        assertThat(gap).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void retryAfterBeyondTheDeadlineIsReturnedAtOnce() {
        Faults.rule(rule("path", SEARCH, "status", 429, "headers", Map.of("Retry-After", "30")));
        long started = System.nanoTime();
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("retry after 30 seconds")));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
        assertThat(Faults.hits(SEARCH)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "reset", "empty", "malformed", "truncated", "dribble" })
    void brokenAnswersGiveADeterministicErrorAndLeakNoThreads(String action) throws Exception {
        Faults.rule(rule("path", SEARCH, "action", action));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
        long threadsBefore = gatewayThreads();
        // At once, so the five dribbled answers cost one read timeout, not five.
        List<String> codes = Storm.of(5, () -> search(token, creative(body(1, 5)))
                .extract().as(JsonBody.class).getString("ResponseHeader.StatusList[0].Code"));
        assertThat(codes).containsOnly("DependentServiceDown");
        assertThat(gatewayThreads()).isLessThanOrEqualTo(threadsBefore + 4);
    }

    private static long gatewayThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.getName().startsWith(Storm.THREAD_PREFIX)).count();
    }

    @Test
    void upstream401IsOneTokenRefetchAndOneReplay() {
        long tokenRequests = Sandbox.tokenRequests();
        Faults.rule(rule("path", SEARCH, "status", 401, "times", 1,
                "body", "{\"ErrorCode\":\"AuthorizationTokenRequired\",\"ErrorMessage\":\"expired\"}"));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(Sandbox.tokenRequests()).isEqualTo(tokenRequests + 1);
        assertThat(Faults.hits(SEARCH)).hasSize(2);
    }

    @Test
    void upstream401AgainAfterTheReplayIsAuth021() {
        long tokenRequests = Sandbox.tokenRequests();
        Faults.rule(rule("path", SEARCH, "status", 401));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-021")));
        assertThat(Sandbox.tokenRequests()).isEqualTo(tokenRequests + 1);
        assertThat(Faults.hits(SEARCH)).hasSize(2);
    }

    @Test
    void tokenEndpointDownWhileTheUpstreamTokenIsValidIsInvisible() {
        Faults.rule(rule("path", "/sandbox/oauth2/token", "status", 503));
        search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success")));
    }

    /** The upstream token is aged with the application clock, not waited for. */
    @Test
    void tokenEndpointDownWithAnExpiredUpstreamTokenAnswersWithinTheTokenTimeout() {
        SettableClock clock = new SettableClock();
        QuarkusMock.installMockForType(clock, Clock.class);
        Sandbox.tokenLifetimeSeconds(60);
        String shortLived = (String) LegacyApi.createUserSession().get("Token");
        Sandbox.tokenLifetimeSeconds(1800);
        Faults.rule(rule("path", "/sandbox/oauth2/token", "delayMillis", 10_000));
        clock.advance(Duration.ofSeconds(61)); // the upstream token has expired; the 30-minute legacy session has not
        assertThat(broker.authenticate(shortLived).session().upstream().expiredAt(clock.instant())).isTrue();
        long started = System.nanoTime();
        search(shortLived, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo("The upstream token could not be renewed.")));
        // Far short of the 10 s the token endpoint hangs: the token timeout (2 s in tests) ended the wait.
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
        // It did ask the (hanging) endpoint, rather than give up at once.
        assertThat(Faults.hits("/sandbox/oauth2/token")).extracting(hit -> hit.get("fault")).contains("delay");
        assertThat(Faults.hits(SEARCH)).isEmpty();
    }

    @Test
    void badRequestCarriesTheV3Message() {
        Faults.rule(rule("path", SEARCH, "status", 400,
                "body", "{\"ErrorCode\":\"InvalidParameterValue\",\"ErrorMessage\":\"page_size is too large\"}"));
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo("page_size is too large")));
    }

    @Test
    void bothV3ErrorBodyStylesAreRead() {
        Faults.rule(rule("path", SEARCH, "status", 400, "body", "{\"message\":\"Invalid Request. Possible required parameter missing.\"}"));
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo("Invalid Request. Possible required parameter missing.")));
    }

    @Test
    void unexpectedAnswersAreSystemErrorsWithACorrelationId() {
        Faults.rule(rule("path", SEARCH, "status", 418, "body", "{\"message\":\"teapot\"}"));
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("SystemError")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("Correlation id: ")));
    }

    @Test
    void forbiddenIsNoAuthorizationsAndNotFoundIsTheOperationsCode() {
        Faults.rule(rule("path", "/sandbox/v3/images", "status", 403, "body", "{\"ErrorCode\":\"InsufficientAccess\"}"));
        LegacyApi.post(LegacyApi.overHttp(), "/v1/search/GetImageDetails",
                LegacyApi.envelope(token, null, "GetImageDetailsRequestBody", Map.of("ImageIds", List.of("100000001"))))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoAuthorizations")));
    }
}
