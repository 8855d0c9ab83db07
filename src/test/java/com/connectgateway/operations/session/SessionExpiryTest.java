package com.connectgateway.operations.session;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.renew;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.SettableClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Legacy tokens stop working after the configured duration (30 minutes): AUTH-012. The gateway's
 * clock is moved instead of waiting; that a session is forgotten after the expired retention (then
 * AUTH-010) is InMemorySessionStoreTest's, as the store's eviction runs on real time.
 */
@QuarkusTest
class SessionExpiryTest {

    private static final Duration TOKEN_DURATION = Duration.ofMinutes(30);

    private final SettableClock clock = new SettableClock();

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void expiredTokenIsAuth012() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String secureToken = (String) session.get("SecureToken");
        org.assertj.core.api.Assertions.assertThat(session.get("TokenDurationMinutes")).isEqualTo(30);

        clock.advance(TOKEN_DURATION.minusMinutes(1));
        // The standard token, which RenewSession refuses without consuming it while valid.
        renew(overHttps(), (String) session.get("Token"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        renew(overHttps(), (String) session.get("Token"))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-012")));
        renew(overHttps(), secureToken).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-012")));
    }

    @Test
    void renewedSessionGetsAFreshDuration() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String secure = (String) session.get("SecureToken");
        for (int i = 0; i < 3; i++) {
            // Each renewal restarts the 30 minutes, so the chain outlives the first token.
            secure = renew(overHttps(), secure).body(at("ResponseHeader.Status", equalTo("success")))
                    .extract().as(JsonBody.class).getString("RenewSessionResult.SecureToken");
            clock.advance(TOKEN_DURATION.dividedBy(2));
        }
        // The CreateSession pair lives as long as the renewed session (more in RenewSessionEarlierPairTest).
        renew(overHttps(), (String) session.get("Token"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));
        renew(overHttps(), secure).body(at("ResponseHeader.Status", equalTo("success")));
    }
}
