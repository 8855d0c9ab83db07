package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault a rule can inject, as a client of the sandbox sees it on the wire. */
@QuarkusTest
class SandboxFaultsTest {

    private static final String SEARCH = "/sandbox/v3/search/images/creative";

    @BeforeEach
    void reset() {
        SandboxV3.reset();
    }

    private static Response search() {
        return v3().queryParam("phrase", "dog").get(SEARCH);
    }

    private static HttpResponse<String> javaGet(String target, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SandboxV3.port() + target))
                .header("Api-Key", SandboxV3.API_KEY).timeout(timeout).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void statusWithBodyAndHeaders() {
        FaultControl.rule("""
                {"path": "/sandbox/v3/search/images", "method": "GET", "status": 503,
                 "body": "{\\"message\\":\\"Down for maintenance\\"}", "headers": {"Retry-After": "1", "X-Trace": "t-1"}}
                """);
        search().then().statusCode(503)
                .contentType("application/json")
                .header("Retry-After", "1")
                .header("X-Trace", "t-1")
                .body(at("message", equalTo("Down for maintenance")));
        assertThat(FaultControl.faults(SEARCH)).containsExactly("status:503");
    }

    @Test
    void statusWithoutBodyAnswersTheReasonPhrase() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"status\": 502}");
        search().then().statusCode(502).body(at("message", equalTo("Bad Gateway")));
    }

    @Test
    void status429WithRetryAfter() {
        FaultControl.rule("""
                {"path": "/sandbox/v3/", "status": 429,
                 "body": "{\\"message\\":\\"Account Over Rate Limit\\"}",
                 "headers": {"Retry-After": "1", "X-Error-Detail": "Account Over Rate Limit"}}
                """);
        search().then().statusCode(429)
                .header("Retry-After", "1")
                .header("X-Error-Detail", "Account Over Rate Limit")
                .body(at("message", equalTo("Account Over Rate Limit")));
    }

    @Test
    void timesTwoThenNormal() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"times\": 2, \"status\": 503}");
        search().then().statusCode(503);
        search().then().statusCode(503);
        search().then().statusCode(200).body(at("result_count", greaterThan(0)));
        search().then().statusCode(200);
        assertThat(FaultControl.faults(SEARCH)).containsExactly("status:503", "status:503", "none", "none");
    }

    @Test
    void firstMatchingRuleWinsAndAUsedUpRuleStopsMatching() {
        FaultControl.put("""
                {"rules": [
                  {"path": "/sandbox/v3/search/images/creative", "times": 1, "status": 503},
                  {"path": "/sandbox/v3/", "status": 500}
                ]}
                """);
        search().then().statusCode(503);
        search().then().statusCode(500);
        v3().get("/sandbox/v3/images/100000001").then().statusCode(500);
    }

    @Test
    void methodNarrowsTheRule() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"method\": \"post\", \"status\": 503}");
        search().then().statusCode(200);
        v3().post("/sandbox/v3/downloads/images/100000001").then().statusCode(503);
    }

    @Test
    void delayThenNormal() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"delayMillis\": 300, \"times\": 1}");
        long start = System.nanoTime();
        search().then().statusCode(200).body(at("result_count", greaterThan(0)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(FaultControl.faults(SEARCH)).containsExactly("delay");
    }

    /** The form body arrives while the request waits; the blocking token resource must still read it. */
    @Test
    void delayedTokenRequestKeepsItsFormBody() {
        FaultControl.rule("{\"path\": \"/sandbox/oauth2/token\", \"delayMillis\": 300}");
        long start = System.nanoTime();
        assertThat(SandboxV3.applicationToken()).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(FaultControl.faults("/sandbox/oauth2/token")).containsExactly("delay");
    }

    @Test
    void delayThenStatus() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"delayMillis\": 300, \"status\": 504}");
        long start = System.nanoTime();
        search().then().statusCode(504).body(at("message", equalTo("Gateway Timeout")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(FaultControl.faults(SEARCH)).containsExactly("delay+status:504");
    }

    /** Delays are timers, not sleeps: many delayed requests wait side by side on few threads. */
    @Test
    void delayedRequestsWaitConcurrently() throws Exception {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"delayMillis\": 600}");
        int requests = 24;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(() -> javaGet(SEARCH + "?phrase=dog", Duration.ofSeconds(20)).statusCode());
            }
            long start = System.nanoTime();
            List<Future<Integer>> answers = pool.invokeAll(calls);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
            // Blocking 4 event loops would need at least 6 x 600 ms.
            assertThat(took).isLessThan(Duration.ofMillis(3_000));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timesIsCountedAtomicallyUnderConcurrentRequests() throws Exception {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"times\": 5, \"status\": 503}");
        int requests = 40;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(() -> javaGet(SEARCH + "?phrase=dog", Duration.ofSeconds(20)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 503).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(requests - 5);
            assertThat(FaultControl.faults(SEARCH)).filteredOn("status:503"::equals).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resetClosesTheConnectionWithoutAResponse() throws IOException {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"action\": \"reset\"}");
        RawHttp.Received received = RawHttp.readAll(RawHttp.get(SEARCH + "?phrase=dog", 5_000));
        assertThat(received.bytes()).isEmpty();
        assertThat(received.end()).isEqualTo(RawHttp.End.RESET);
        // HTTP clients see an exception (REST Assured's Apache client retries a GET a few times first).
        assertThatThrownBy(() -> search()).isInstanceOf(IOException.class);
        assertThat(FaultControl.faults(SEARCH)).isNotEmpty().allMatch("reset"::equals);
        // Other paths and the next connection are unaffected.
        v3().get("/sandbox/v3/images/100000001").then().statusCode(200);
    }

    @Test
    void emptyBody() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"action\": \"empty\"}");
        Response response = search();
        response.then().statusCode(200).contentType("application/json");
        assertThat(response.asByteArray()).isEmpty();
        assertThat(FaultControl.faults(SEARCH)).containsExactly("empty");
    }

    @Test
    void malformedBody() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"action\": \"malformed\"}");
        Response response = search();
        response.then().statusCode(200).contentType("application/json");
        assertThat(response.asString()).isEqualTo("{\"result_count\": 5, \"images\": [");
    }

    @Test
    void truncatedBodyAnnouncesMoreThanItSends() throws Exception {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"action\": \"truncated\"}");
        RawHttp.Received received = RawHttp.readAll(RawHttp.get(SEARCH + "?phrase=dog", 5_000));
        assertThat(received.head()).startsWith("HTTP/1.1 200").containsIgnoringCase("content-length: 1000");
        assertThat(received.body()).hasSize(20).isEqualTo("{\"result_count\":5,\"i");
        assertThat(received.end()).isEqualTo(RawHttp.End.EOF);
        assertThatThrownBy(() -> javaGet(SEARCH, Duration.ofSeconds(5))).isInstanceOf(IOException.class);
    }

    @Test
    void dribbleSendsAValidBodyOneBytePer300Millis() throws Exception {
        String body = "{\"a\":1}";
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"action\": \"dribble\", \"body\": \"{\\\"a\\\":1}\"}");
        long start = System.nanoTime();
        HttpResponse<String> response = javaGet(SEARCH, Duration.ofSeconds(10));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(body);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300L * (body.length() - 1)));
        assertThat(FaultControl.faults(SEARCH)).containsExactly("dribble");
    }

    /** The default body: headers at once, then the bytes of an empty search result, 300 ms apart. */
    @Test
    void dribbleDefaultBodyStartsAtOnceAndPaces() throws Exception {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search\", \"action\": \"dribble\"}");
        try (Socket socket = RawHttp.get(SEARCH, 5_000)) {
            InputStream in = socket.getInputStream();
            String head = RawHttp.readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("content-length: 30");
            StringBuilder seen = new StringBuilder();
            seen.append((char) in.read());
            long first = System.nanoTime();
            seen.append((char) in.read());
            seen.append((char) in.read());
            Duration twoMore = Duration.ofNanos(System.nanoTime() - first);
            assertThat(seen).hasToString("{\"r");
            assertThat(twoMore).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
        // The client went away mid-body; the sandbox stops dribbling and keeps serving.
        v3().get("/sandbox/v3/images/100000001").then().statusCode(200);
    }

    @Test
    void ruleWithoutStatusOrActionOrDelayLetsTheRequestThrough() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/\", \"times\": 1}");
        search().then().statusCode(200);
        assertThat(FaultControl.faults(SEARCH)).containsExactly("none");
    }

    @Test
    void tokenEndpointAndDownloadsCanBeFaulted() {
        FaultControl.put("""
                {"rules": [
                  {"path": "/sandbox/oauth2/token", "status": 503, "times": 1},
                  {"path": "/sandbox/v3/downloads/", "status": 500}
                ]}
                """);
        given().port(SandboxV3.port()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then().statusCode(503);
        String token = SandboxV3.userToken();
        SandboxV3.v3(token).post("/sandbox/v3/downloads/images/100000001").then().statusCode(500);
        // The v4 token path is another prefix.
        given().port(SandboxV3.port()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", SandboxV3.API_KEY).formParam("client_secret", "sandbox-secret")
                .formParam("grant_type", "client_credentials").post("/sandbox/v4/oauth2/token").then()
                .statusCode(200).body(at("access_token", notNullValue()));
    }
}
