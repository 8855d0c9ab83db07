package com.connectgateway.observability;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Scrape;
import com.connectgateway.support.Breakers;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.ManagementInterface;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Health on the management port: readiness goes DOWN while the token endpoint's breaker is open and
 * UP again once its delay has passed and a trial call closed it; liveness stays UP throughout.
 */
@QuarkusTest
@TestProfile(ManagementInterface.class)
class ReadinessTest {

    @BeforeEach
    void reset() {
        Sandbox.reset();
        Breakers.resetAll();
    }

    @AfterEach
    void restore() {
        Sandbox.reset();
        Breakers.resetAll();
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        ready().statusCode(200).body(at("status", equalTo("UP")));
        management().get("/q/health/live").then().statusCode(200)
                .body(at("checks[0].name", equalTo("gateway")));
        assertThat(Scrape.of(management()).has("gateway_legacy_own_seconds_count")).isTrue();
        given().port(LegacyApi.httpPort()).get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void readinessFollowsTheTokenEndpointBreaker() {
        JsonBody up = ready().statusCode(200).extract().as(JsonBody.class);
        assertThat(up.getList("checks.name")).contains(UpstreamBreakersCheckName.BREAKERS, UpstreamBreakersCheckName.STORE);

        Sandbox.failTokenEndpoint(500);
        for (int i = 0; i < ManagementInterface.TOKEN_BREAKER_VOLUME; i++) {
            createSession().body(at("ResponseHeader.Status", equalTo("error")));
        }
        JsonBody down = ready().statusCode(503).body(at("status", equalTo("DOWN"))).extract().as(JsonBody.class);
        assertThat(breakerData(down, "token-endpoint")).isEqualTo("OPEN");
        assertThat(breakerData(down, "v3")).isEqualTo("CLOSED");
        management().get("/q/health/live").then().statusCode(200);

        // Mended: ready again once the breaker's delay has passed (a trial call is then let through) ...
        Sandbox.reset();
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> ready().statusCode(200));
        // ... and the trial call closes it.
        createSession().body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(breakerData(ready().statusCode(200).extract().as(JsonBody.class), "token-endpoint")).isEqualTo("CLOSED");
    }

    @Test
    void theLatencyHeaderGivesTheGatewaysOwnMillisecondsWhenConfigured() {
        String latency = createSession().extract().header(ObservedRoutes.LATENCY_HEADER);
        assertThat(latency).matches("\\d+");
    }

    /**
     * The management interface serves HTTPS: it takes the default TLS configuration, which the
     * generated certificate is (docs/operations.md).
     */
    static io.restassured.specification.RequestSpecification management() {
        return given().relaxedHTTPSValidation().baseUri("https://localhost").port(ManagementInterface.managementPort());
    }

    private static ValidatableResponse ready() {
        return management().get("/q/health/ready").then();
    }

    private static ValidatableResponse createSession() {
        return LegacyApi.post(overHttps(), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", LegacyApi.userCredentials()));
    }

    private static String breakerData(JsonBody health, String breaker) {
        java.util.List<Object> names = health.getList("checks.name");
        int index = names.indexOf(UpstreamBreakersCheckName.BREAKERS);
        return health.getString("checks[" + index + "].data." + breaker);
    }

    /** The check names, as the health answer lists them. */
    static final class UpstreamBreakersCheckName {
        static final String BREAKERS = "upstream-circuit-breakers";
        static final String STORE = "session-store";
    }
}
