package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SettableClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upstream tokens are renewed in the background before they expire, and failures are survived.
 * The gateway's clock is moved into the renewal margin instead of waiting for it; the renewer
 * still runs on real time, every second here.
 */
@QuarkusTest
@TestProfile(BackgroundRenewalTest.FastRenewer.class)
class BackgroundRenewalTest {

    public static class FastRenewer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.session.renewer.interval", "1s",
                    "gateway.session.refresh-backoff-initial", "500MS",
                    "gateway.session.refresh-backoff-max", "1S");
        }
    }

    /** The sandbox's token lifetime; with the default five-minute margin a token is due after 25 minutes. */
    private static final Duration INTO_THE_MARGIN = Duration.ofMinutes(25).plusSeconds(1);

    private final SettableClock clock = new SettableClock();

    @Inject
    SessionBroker broker;

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @AfterEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void renewedBeforeExpiryWithoutAnyRequest() {
        String legacyToken = (String) LegacyApi.createUserSession().get("Token");
        Session opened = broker.authenticate(legacyToken).session();
        clock.advance(INTO_THE_MARGIN);

        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(broker.authenticate(legacyToken).session().upstream().accessToken())
                        .isNotEqualTo(opened.upstream().accessToken()));

        Session renewed = broker.authenticate(legacyToken).session();
        assertThat(renewed.upstream().expiresAt()).isAfter(opened.upstream().expiresAt());
        // Renewed while the old token was still valid: no caller ever had to wait for it.
        assertThat(clock.instant()).isBefore(opened.upstream().expiresAt().plusSeconds(1));
    }

    @Test
    void failedRefreshKeepsServingTheValidTokenAndRecovers() {
        String legacyToken = (String) LegacyApi.createUserSession().get("Token");
        Session opened = broker.authenticate(legacyToken).session();
        String original = opened.upstream().accessToken();
        long before = Sandbox.tokenRequests();
        Sandbox.tokenEndpoint(Map.of("failStatus", 503));
        clock.advance(INTO_THE_MARGIN);

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
