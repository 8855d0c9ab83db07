package com.connectgateway.upstream;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.OperatorOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The v3 circuit breaker opens on failures, short-circuits, half-opens and closes again. */
@QuarkusTest
@TestProfile(OperatorOptions.class)
class CircuitBreakerTest {

    private static final String SEARCH = "/sandbox/v3/search/images/creative";
    private static final String BOARDS = "/sandbox/v3/boards";

    /** The application is shared with other bulkhead and breaker tests: start with closed breakers. */
    @BeforeEach
    void closeBreakers() {
        Breakers.resetAll();
    }

    @Test
    void opensShortCircuitsAndRecovers() {
        Sandbox.reset();
        Faults.clear();
        String token = (String) LegacyApi.createUserSession().get("Token");
        Faults.rule(Map.of("path", SEARCH, "status", 500));

        for (int i = 0; i < 4; i++) {
            search(token, creative(body(1, 5))).body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
        }
        assertThat(Faults.hits(SEARCH)).hasSize(4);

        // Open: answered at once, without calling v3.
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("paused")));
        assertThat(Faults.hits(SEARCH)).hasSize(4);

        // After the delay one trial call goes through; it succeeds and closes the breaker.
        Faults.rules(java.util.List.of());
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success"))));
        assertThat(Faults.hits(SEARCH)).hasSize(5);
        search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(Faults.hits(SEARCH)).hasSize(6);
        Faults.clear();
    }

    @Inject
    V3Api v3;

    @Test
    void writeFailuresCountTowardsTheSharedBreaker() {
        Sandbox.reset();
        Faults.clear();
        String token = (String) LegacyApi.createUserSession().get("Token");
        Faults.rule(Map.of("path", BOARDS, "method", "POST", "status", 500));
        V3Caller caller = new V3Caller("sandbox-system", "not-checked-by-a-fault-answer", null);

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> createBoard(caller))
                    .isInstanceOfSatisfying(V3ServerFailure.class, f -> assertThat(f.status()).isEqualTo(500));
        }
        assertThat(Faults.hits(BOARDS)).hasSize(4);

        // Open for writes and reads alike, without calling v3.
        assertThatThrownBy(() -> createBoard(caller))
                .isInstanceOfSatisfying(V3ServerFailure.class, f -> assertThat(f.errorCode()).isEqualTo("CircuitOpen"));
        assertThat(Faults.hits(BOARDS)).hasSize(4);
        search(token, creative(body(1, 5))).body(at("ResponseHeader.StatusList[0].Message", containsString("paused")));

        Faults.rules(java.util.List.of());
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                search(token, creative(body(1, 5))).body(at("ResponseHeader.Status", equalTo("success"))));
        Faults.clear();
    }

    private void createBoard(V3Caller caller) {
        v3.write(caller, V3Api.Write.POST, V3Path.of("boards"), Map.of(), Map.of("name", "Ideas"));
    }
}
