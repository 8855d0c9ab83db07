package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Upstream tokens are renewed in the background before they expire, and failures are survived. */
@QuarkusTest
@TestProfile(BackgroundRenewalTest.FastRenewer.class)
class BackgroundRenewalTest {

    public static class FastRenewer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.session.renewer.interval", "1s",
                    "gateway.session.renewal-margin", "3S",
                    "gateway.session.refresh-backoff-initial", "500MS",
                    "gateway.session.refresh-backoff-max", "1S");
        }
    }

    @Inject
    SessionBroker broker;

    @AfterEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void renewedBeforeExpiryWithoutAnyRequest() {
        Sandbox.tokenLifetimeSeconds(5); // inside the 3 s margin after about 2 s
        String legacyToken = (String) LegacyApi.createUserSession().get("Token");
        Session opened = broker.authenticate(legacyToken).session();

        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(broker.authenticate(legacyToken).session().upstream().accessToken())
                        .isNotEqualTo(opened.upstream().accessToken()));

        Session renewed = broker.authenticate(legacyToken).session();
        assertThat(renewed.upstream().expiresAt()).isAfter(opened.upstream().expiresAt());
        // Renewed while the old token was still valid: no caller ever had to wait for it.
        assertThat(Instant.now()).isBefore(opened.upstream().expiresAt().plusSeconds(1));
    }

    @Test
    void failedRefreshKeepsServingTheValidTokenAndRecovers() {
        Sandbox.tokenLifetimeSeconds(8);
        String legacyToken = (String) LegacyApi.createUserSession().get("Token");
        Session opened = broker.authenticate(legacyToken).session();
        String original = opened.upstream().accessToken();
        long before = Sandbox.tokenRequests();
        Sandbox.tokenEndpoint(Map.of("failStatus", 503, "expiresInSeconds", 8));

        // The renewer tries (and fails) more than once, with backoff, while the token is still valid.
        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100))
                .until(() -> Sandbox.tokenRequests() >= before + 2);
        assertThat(broker.upstreamAccessToken(broker.authenticate(legacyToken).session())).isEqualTo(original);

        Sandbox.tokenEndpoint(Map.of("expiresInSeconds", 1800));
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(broker.authenticate(legacyToken).session().upstream().accessToken()).isNotEqualTo(original));
        assertThat(broker.upstreamAccessToken(broker.authenticate(legacyToken).session())).isNotEqualTo(original);
    }
}
