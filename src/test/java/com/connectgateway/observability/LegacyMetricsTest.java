package com.connectgateway.observability;

import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.Scrape;
import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /q/metrics counts legacy requests per operation, outcome and first status code, and times v3 and token calls. */
@QuarkusTest
class LegacyMetricsTest {

    private static final String REQUESTS = "gateway_legacy_requests_seconds_count";

    @BeforeEach
    void reset() {
        Sandbox.reset();
        Faults.clear();
        Breakers.resetAll();
    }

    @Test
    void countsEachOperationByOutcomeAndCode() {
        Scrape before = Scrape.of(LegacyApi.httpPort());

        LegacyApi.createUserSession();
        String token = (String) LegacyApi.createUserSession().get("Token");
        search(token, creative(body(1, 5)));
        String failedCode = post(overHttp(), "/v1/search/GetImageDetails",
                envelope("no-such-token", null, "GetImageDetailsRequestBody", Map.of("ImageIds", java.util.List.of("1"))))
                .extract().as(JsonBody.class).getString("ResponseHeader.StatusList[0].Code");
        post(overHttp(), "/v1/search/NoSuchOperation", envelope(null, null, "NoSuchOperationRequestBody", Map.of()));

        Scrape after = Scrape.of(LegacyApi.httpPort());
        assertThat(delta(before, after, REQUESTS, "operation", "CreateSession", "outcome", "success", "code", "none")).isEqualTo(2);
        assertThat(delta(before, after, REQUESTS, "operation", "SearchForImages", "outcome", "success", "code", "none")).isEqualTo(1);
        assertThat(failedCode).isNotBlank();
        assertThat(delta(before, after, REQUESTS, "operation", "GetImageDetails", "outcome", "error", "code", failedCode)).isEqualTo(1);
        assertThat(delta(before, after, REQUESTS, "operation", "unknown", "outcome", "error", "code", "InvalidRequest")).isEqualTo(1);
        assertThat(delta(before, after, REQUESTS, "operation", "GetImageDetails", "outcome", "success", "code", "none")).isZero();
        // The operation name as sent never becomes a tag value.
        assertThat(after.text()).doesNotContain("NoSuchOperation");

        assertThat(delta(before, after, "gateway_upstream_token_seconds_count", "status_class", "2xx")).isEqualTo(2);
        assertThat(delta(before, after, "gateway_upstream_v3_seconds_count",
                "endpoint", "search/images/{family}", "method", "GET", "status_class", "2xx")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "gateway_legacy_own_seconds_count")).isEqualTo(5);
        assertThat(after.value("gateway_sessions_live")).isGreaterThanOrEqualTo(2);
        // Breaker states, retries and bulkhead refusals are SmallRye Fault Tolerance's own meters (docs/operations.md).
        assertThat(after.value("ft_circuitbreaker_state_current", "method", "v3 API", "state", "closed")).isEqualTo(1);
        assertThat(after.value("ft_circuitbreaker_state_current", "method", "token endpoint", "state", "open")).isZero();
        assertThat(after.has("ft_retry_retries_total")).isTrue();
        assertThat(after.has("ft_bulkhead_calls_total")).isTrue();
        assertThat(after.has("gateway_sessions_refused_total")).isTrue();
        assertThat(after.has("gateway_sessions_evicted_total")).isTrue();
    }

    @Test
    void unparsableAndOversizedBodiesCountAsErrors() {
        Scrape before = Scrape.of(LegacyApi.httpPort());
        LegacyApi.overHttps().body("{\"RequestHeader\":").post("/v1/session/CreateSession").then().statusCode(200);
        LegacyApi.overHttps().body("x".repeat(1024 * 1024 + 1)).post("/v1/session/CreateSession").then().statusCode(413);
        Scrape after = Scrape.of(LegacyApi.httpPort());
        // The operation is known from the path before the body is parsed ...
        assertThat(delta(before, after, REQUESTS, "operation", "CreateSession", "outcome", "error", "code", "InvalidRequest")).isEqualTo(1);
        // ... but a declared oversized body is refused before any operation is looked up.
        assertThat(delta(before, after, REQUESTS, "operation", "unknown", "outcome", "error", "code", "InvalidRequest")).isEqualTo(1);
    }

    @Test
    void v3FailuresAreTaggedByStatusClassAndRouteTemplate() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        Scrape before = Scrape.of(LegacyApi.httpPort());
        Faults.rule(Map.of("path", "/sandbox/v3/search/images/creative", "status", 400));
        search(token, creative(body(1, 5)));
        Scrape after = Scrape.of(LegacyApi.httpPort());
        assertThat(delta(before, after, "gateway_upstream_v3_seconds_count",
                "endpoint", "search/images/{family}", "method", "GET", "status_class", "4xx")).isEqualTo(1);
    }

    @Test
    void theLatencyHeaderIsOffByDefaultAndTheCorrelationIdIsEchoed() {
        var answer = LegacyApi.overHttps().header("X-Correlation-ID", "abc-123")
                .body(envelope(null, null, "CreateSessionRequestBody", LegacyApi.systemCredentials()))
                .post("/v1/session/CreateSession").then().statusCode(200).extract();
        assertThat(answer.header(ObservedRoutes.LATENCY_HEADER)).isNull();
        assertThat(answer.header("X-Correlation-ID")).isEqualTo("abc-123");
        String generated = LegacyApi.overHttps().header("X-Correlation-ID", "not\tacceptable")
                .body(envelope(null, null, "CreateSessionRequestBody", LegacyApi.systemCredentials()))
                .post("/v1/session/CreateSession").then().statusCode(200).extract().header("X-Correlation-ID");
        assertThat(generated).matches("[0-9a-f-]{36}");
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
