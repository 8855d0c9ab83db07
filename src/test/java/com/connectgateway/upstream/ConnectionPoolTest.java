package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.profiles.ShortUpstreamPolicies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The v3 connection pool is as large as the bulkhead: as many slow calls as the bulkhead admits
 * each get a connection at once. The limit is just above the REST client's default pool of 50;
 * with that pool the last six would wait one delay for a connection and then time out, as the
 * read timeout is shorter than two delays. The calls go to V3Api directly (no operation
 * deadline) and the sandbox answers them from a fault rule, so nothing but the delay takes time,
 * even on a busy machine.
 */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class ConnectionPoolTest {

    static final int CALLS = ShortUpstreamPolicies.MAX_CONCURRENT_CALLS;
    /** More than half the read timeout, with ample slack below it for 56 calls at once. */
    private static final long DELAY_MILLIS = 600;
    private static final String COLLECTIONS = "/sandbox/v3/collections";

    @Inject
    V3Api v3;

    @BeforeEach
    void closeBreakers() {
        Breakers.resetAll();
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    @Test
    void asManySlowCallsAsTheBulkheadAdmitsAllGetAConnection() {
        Faults.clear();
        V3Caller caller = new V3Caller("sandbox-system", "not-checked-by-a-fault-answer", null);
        Faults.rule(Map.of("path", COLLECTIONS, "status", 200, "body", "{\"collections\":[]}"));
        v3.collections(caller); // builds the client and warms the path: below, only waiting for a connection adds time
        Faults.clear();
        Faults.rule(Map.of("path", COLLECTIONS, "delayMillis", DELAY_MILLIS, "status", 200, "body", "{\"collections\":[]}"));
        ExecutorService clients = Executors.newFixedThreadPool(CALLS);
        try {
            List<CompletableFuture<String>> calls = IntStream.range(0, CALLS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            return v3.collections(caller).has("collections") ? "answered" : "no collections";
                        } catch (V3Failure failure) {
                            return failure.errorCode();
                        }
                    }, clients))
                    .toList();
            assertThat(calls.stream().map(CompletableFuture::join).toList()).hasSize(CALLS).containsOnly("answered");
            assertThat(Faults.hits(COLLECTIONS)).hasSize(CALLS);
        } finally {
            clients.shutdownNow();
        }
    }
}
