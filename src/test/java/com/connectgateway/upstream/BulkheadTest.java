package com.connectgateway.upstream;

import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A slow upstream fills the bulkhead; further requests get a prompt legacy error, not a queue. */
@QuarkusTest
@TestProfile(BulkheadTest.TwoCalls.class)
class BulkheadTest {

    private static final String SEARCH = "/sandbox/v3/search/images/creative";

    public static class TwoCalls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.upstream.resilience.max-concurrent-calls", "2");
        }
    }

    @Test
    void fullBulkheadAnswersAtOnce() throws Exception {
        Faults.clear();
        String token = (String) LegacyApi.createUserSession().get("Token");
        Faults.rule(Map.of("path", SEARCH, "delayMillis", 1500));
        List<CompletableFuture<String>> slow = List.of(
                CompletableFuture.supplyAsync(() -> search(token, creative(body(1, 5))).extract().path("ResponseHeader.Status")),
                CompletableFuture.supplyAsync(() -> search(token, creative(body(1, 5))).extract().path("ResponseHeader.Status")));
        await().atMost(Duration.ofSeconds(2)).until(() -> Faults.hits(SEARCH).size() == 2);

        long started = System.nanoTime();
        search(token, creative(body(1, 5)))
                .body("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown"))
                .body("ResponseHeader.StatusList[0].Message", containsString("Too many requests"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
        assertThat(Faults.hits(SEARCH)).hasSize(2);

        for (CompletableFuture<String> call : slow) {
            assertThat(call.get()).isEqualTo("success");
        }
        Faults.clear();
    }
}
