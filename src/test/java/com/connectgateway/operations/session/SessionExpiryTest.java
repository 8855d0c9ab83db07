package com.connectgateway.operations.session;

import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.renew;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Legacy tokens stop working after the configured duration: AUTH-012, later AUTH-010. */
@QuarkusTest
@TestProfile(SessionExpiryTest.ShortSessions.class)
class SessionExpiryTest {

    public static class ShortSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.session.token-duration", "1S",
                    "gateway.session.expired-retention", "2S");
        }
    }

    @Test
    void expiredTokenIsAuth012ThenForgottenAsAuth010() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String secureToken = (String) session.get("SecureToken");
        // Sub-minute test lifetimes are reported rounded up.
        org.assertj.core.api.Assertions.assertThat(session.get("TokenDurationMinutes")).isEqualTo(1);

        // Polled with the standard token, which RenewSession refuses without consuming it while valid.
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                renew(overHttps(), (String) session.get("Token"))
                        .body("ResponseHeader.Status", equalTo("error"))
                        .body("ResponseHeader.StatusList[0].Code", equalTo("AUTH-012")));
        renew(overHttps(), secureToken).body("ResponseHeader.StatusList[0].Code", equalTo("AUTH-012"));

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                renew(overHttps(), secureToken).body("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }

    @Test
    void renewedSessionGetsAFreshDuration() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String secure = (String) session.get("SecureToken");
        for (int i = 0; i < 3; i++) {
            // Each renewal restarts the one-second clock, so the chain outlives the first token.
            secure = renew(overHttps(), secure).body("ResponseHeader.Status", equalTo("success"))
                    .extract().jsonPath().getString("RenewSessionResult.SecureToken");
            pause(Duration.ofMillis(500));
        }
        // The CreateSession pair lives as long as the renewed session (more in RenewSessionEarlierPairTest).
        renew(overHttps(), (String) session.get("Token"))
                .body("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken"));
        renew(overHttps(), secure).body("ResponseHeader.Status", equalTo("success"));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
