package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.part;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.ShortUpstreamPolicies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SearchForImages answers within the operation deadline; its two family searches run at once. */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class SearchDeadlineTest {

    private static final String SEARCHES = "/sandbox/v3/search/images/";
    /** Well inside the read timeout; the second search starting less than this after the first shows they overlap. */
    private static final long DELAY_MILLIS = 600;
    /**
     * A first attempt that fails this slowly leaves less than a read timeout of the deadline for
     * the retry (1.5 s - 0.6 s < 1 s), yet is itself well inside the read timeout.
     */
    private static final long SLOW_FAILURE_MILLIS = 600;

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

    @Test
    void bothFamiliesAreSearchedAtOnce() {
        Faults.rule(Map.of("path", SEARCHES, "delayMillis", DELAY_MILLIS));
        Map<String, Object> both = body(1, 5);
        part(both, "Filter").put("ImageFamilies", List.of("Creative", "Editorial"));

        search(token, both).body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("SearchForImagesResult.ItemCount", equalTo(5)));

        List<Map<String, Object>> hits = Faults.hits(SEARCHES);
        assertThat(hits).extracting(hit -> (String) hit.get("path"))
                .containsExactlyInAnyOrder(SEARCHES + "creative", SEARCHES + "editorial");
        long apart = Math.abs(((Number) hits.get(1).get("at")).longValue() - ((Number) hits.get(0).get("at")).longValue());
        assertThat(apart).isLessThan(DELAY_MILLIS); // the second did not wait for the first
    }

    /**
     * The deadline, not the read timeout, ends an attempt started with less than a read timeout
     * left: a slow 503 is retried, the retry hangs, and the operation answers at its deadline.
     * Had the retry waited its own read timeout, the answer would be the timeout's.
     */
    @Test
    void hangingUpstreamIsAnsweredWithinTheDeadline() {
        Faults.rules(List.of(
                Map.of("path", SEARCHES + "creative", "times", 1, "delayMillis", SLOW_FAILURE_MILLIS, "status", 503),
                Map.of("path", SEARCHES + "creative", "delayMillis", 5_000)));
        long started = System.nanoTime();
        search(token, creative(body(1, 5)))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message",
                        equalTo("The image service did not answer within the time limit of the request.")));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(elapsedMillis).isLessThan(ShortUpstreamPolicies.DEADLINE_MILLIS + 700);
        assertThat(Faults.hits(SEARCHES)).hasSize(2); // the slow failure was retried; running out of time is not
    }
}
