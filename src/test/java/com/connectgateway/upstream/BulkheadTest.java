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
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.LogCapture;
import com.connectgateway.support.SettableClock;
import com.connectgateway.support.profiles.OperatorOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A slow upstream fills the bulkhead; further requests get a prompt legacy error, not a queue. */
@QuarkusTest
@TestProfile(OperatorOptions.class)
class BulkheadTest {

    private static final String SEARCH = "/sandbox/v3/search/images/creative";
    private static final String COLLECTIONS = "/sandbox/v3/collections";

    @Inject
    V3Api v3;

    /** The application is shared with other bulkhead and breaker tests: start with closed breakers. */
    @BeforeEach
    void closeBreakers() {
        Breakers.resetAll();
    }

    @Test
    void fullBulkheadAnswersAtOnce() throws Exception {
        Faults.clear();
        String token = (String) LegacyApi.createUserSession().get("Token");
        // Long enough for the third search (under 500 ms) to arrive while both are still in flight.
        Faults.rule(Map.of("path", SEARCH, "delayMillis", 1000));
        List<CompletableFuture<String>> slow = List.of(
                CompletableFuture.supplyAsync(() -> search(token, creative(body(1, 5))).extract().as(JsonBody.class).get("ResponseHeader.Status")),
                CompletableFuture.supplyAsync(() -> search(token, creative(body(1, 5))).extract().as(JsonBody.class).get("ResponseHeader.Status")));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> Faults.hits(SEARCH).size() == 2);

        long started = System.nanoTime();
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("Too many requests")));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
        assertThat(Faults.hits(SEARCH)).hasSize(2);

        for (CompletableFuture<String> call : slow) {
            assertThat(call.get()).isEqualTo("success");
        }
        Faults.clear();
    }

    @Test
    void aRefusalStormLogsOneLinePerInterval() throws Exception {
        SettableClock clock = new SettableClock();
        QuarkusMock.installMockForType(clock, Clock.class);
        clock.advance(Duration.ofSeconds(11)); // past the interval of any refusal logged before this test
        LogCapture log = LogCapture.messagesContaining("refused");
        Logger logger = Logger.getLogger(V3Api.class.getName());
        logger.addHandler(log);
        // V3Api directly, answered from a fault rule: the refusals come faster than the slow calls end.
        V3Caller caller = new V3Caller("sandbox-system", "not-checked-by-a-fault-answer", null);
        try {
            Faults.clear();
            // Ample time for 21 refusals, which are answered in the test's own thread without any HTTP.
            Faults.rule(Map.of("path", COLLECTIONS, "delayMillis", 600, "status", 200, "body", "{}"));
            List<CompletableFuture<JsonNode>> slow = List.of(
                    CompletableFuture.supplyAsync(() -> v3.collections(caller)),
                    CompletableFuture.supplyAsync(() -> v3.collections(caller)));
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Faults.hits(COLLECTIONS).size() == 2);

            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> v3.collections(caller)).isInstanceOfSatisfying(V3ServerFailure.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo("BulkheadFull"));
            }
            assertThat(log.lines()).hasSize(1);

            clock.advance(Duration.ofSeconds(11)); // past the default interval of 10 s
            assertThatThrownBy(() -> v3.collections(caller)).hasMessageContaining("Too many requests");
            assertThat(log.lines()).hasSize(2);
            assertThat(log.lines().get(1)).contains("19 more");

            for (CompletableFuture<JsonNode> call : slow) {
                assertThat(call.get().isObject()).isTrue();
            }
        } finally {
            logger.removeHandler(log);
            Faults.clear();
        }
    }
}
