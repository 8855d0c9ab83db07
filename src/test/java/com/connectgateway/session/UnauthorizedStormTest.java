package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.Storm;
import com.connectgateway.support.profiles.NoBackgroundRenewal;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent upstream 401s on one session cause exactly one token request, and all callers succeed. */
@QuarkusTest
@TestProfile(NoBackgroundRenewal.class)
class UnauthorizedStormTest {

    private static final int CALLERS = 16;
    private static final String SEARCH = "/sandbox/v3/search/images/creative";

    @BeforeEach
    void reset() {
        Sandbox.reset();
        Faults.clear();
        Breakers.resetAll(); // no breaker state left by other storms
    }

    @AfterEach
    void clear() {
        Faults.clear();
    }

    @Test
    void sixteenConcurrentUnauthorizedSearchesCauseOneTokenRequest() throws Exception {
        String token = (String) LegacyApi.createUserSession().get("Token");
        assertThat(Sandbox.tokenRequests()).isEqualTo(1);
        // Every first attempt gets a 401: half of them at once, half only after the refresh they
        // cause has finished (it takes 200 ms), so those late 401s are for a token already replaced.
        Sandbox.tokenEndpoint(Map.of("delayMillis", 200));
        Faults.rules(List.of(
                Map.of("path", SEARCH, "status", 401, "times", CALLERS / 2),
                Map.of("path", SEARCH, "status", 401, "times", CALLERS / 2, "delayMillis", 600)));
        Map<String, Object> body = SearchRequests.creative(SearchRequests.body(1, 1));

        List<String> statuses = Storm.of(CALLERS, () -> {
            var answer = SearchRequests.search(token, body).extract().as(JsonBody.class);
            return "success".equals(answer.getString("ResponseHeader.Status")) ? "success"
                    : answer.getString("ResponseHeader.StatusList[0].Code") + " " + answer.getString("ResponseHeader.StatusList[0].Message");
        });

        assertThat(statuses).hasSize(CALLERS).containsOnly("success");
        assertThat(Sandbox.tokenRequests()).isEqualTo(2); // CreateSession's grant plus exactly one refresh
    }
}
