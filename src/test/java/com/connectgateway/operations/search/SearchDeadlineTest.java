package com.connectgateway.operations.search;

import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.part;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.ShortDeadlines;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SearchForImages answers within the operation deadline; its two family searches run at once. */
@QuarkusTest
@TestProfile(ShortDeadlines.class)
class SearchDeadlineTest {

    private static final String SEARCHES = "/sandbox/v3/search/images/";
    /** Longer than half the deadline: two such searches one after the other do not fit in it. */
    private static final long DELAY_MILLIS = 1000;

    private String token;

    @BeforeEach
    void session() {
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

        search(token, both).body("ResponseHeader.Status", equalTo("success"))
                .body("SearchForImagesResult.ItemCount", equalTo(5));

        List<Map<String, Object>> hits = Faults.hits(SEARCHES);
        assertThat(hits).extracting(hit -> (String) hit.get("path"))
                .containsExactlyInAnyOrder(SEARCHES + "creative", SEARCHES + "editorial");
        long apart = Math.abs(((Number) hits.get(1).get("at")).longValue() - ((Number) hits.get(0).get("at")).longValue());
        assertThat(apart).isLessThan(DELAY_MILLIS); // the second did not wait for the first
    }

    @Test
    void hangingUpstreamIsAnsweredWithinTheDeadline() {
        Faults.rule(Map.of("path", SEARCHES + "creative", "delayMillis", 5_000)); // as long as the read timeout
        long started = System.nanoTime();
        search(token, creative(body(1, 5)))
                .body("ResponseHeader.Status", equalTo("error"))
                .body("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown"));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(elapsedMillis).isLessThan(ShortDeadlines.DEADLINE_MILLIS + 700);
        assertThat(Faults.hits(SEARCHES)).hasSize(1); // running out of time is not retried
    }
}
