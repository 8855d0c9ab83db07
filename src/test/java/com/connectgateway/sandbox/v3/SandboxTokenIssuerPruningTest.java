package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.SandboxConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.support.SettableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 11: the sandbox token issuer forgets access tokens once they expire, so its memory
 * follows the live tokens rather than every token it ever issued; expired ones are refused as v3
 * refuses them (401).
 */
class SandboxTokenIssuerPruningTest {

    private final SettableClock clock = new SettableClock();
    private final SandboxConfig config = () -> Duration.ofSeconds(1800);
    private final SandboxTokenIssuer issuer = new SandboxTokenIssuer(config, clock);
    private final SandboxBearer bearer = new SandboxBearer(issuer);

    private String clientCredentialsToken() {
        SandboxAnswer answer = issuer.grant(Map.of("grant_type", "client_credentials",
                "client_id", SandboxAccounts.API_KEY, "client_secret", SandboxAccounts.API_SECRET), true);
        assertThat(answer.status()).isEqualTo(200);
        return (String) answer.body().get("access_token");
    }

    @Test
    void expiredTokensAreForgottenAndRefused() {
        List<String> early = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            early.add(clientCredentialsToken());
        }
        assertThat(issuer.accessTokenCount()).isEqualTo(1000);
        assertThat(bearer.optional("Bearer " + early.get(0))).get()
                .extracting(SandboxTokenIssuer.Grantee::clientId).isEqualTo(SandboxAccounts.API_KEY);

        clock.advance(Duration.ofMinutes(20));
        List<String> late = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            late.add(clientCredentialsToken());
        }
        clock.advance(Duration.ofMinutes(11)); // the first 1000 are 31 minutes old, the last 10 are 11

        assertThat(issuer.accessTokenCount()).isEqualTo(10);
        assertThat(issuer.grantee(early.get(0))).isEmpty();
        assertThatThrownBy(() -> bearer.optional("Bearer " + early.get(999)))
                .isInstanceOfSatisfying(SandboxV3Error.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("AuthorizationTokenRequired");
                });
        assertThat(late).allSatisfy(token -> assertThat(issuer.grantee(token)).isPresent());

        clock.advance(Duration.ofMinutes(20));
        assertThat(issuer.accessTokenCount()).isZero();
    }

    @Test
    void tokenIsRefusedAtItsExpiryEvenBeforeItIsPruned() {
        issuer.behaveAs(new TokenEndpointBehaviour(null, null, 60L));
        String token = clientCredentialsToken();
        clock.advance(Duration.ofSeconds(59));
        assertThat(issuer.grantee(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(issuer.grantee(token)).isEmpty();
    }

    private SandboxAnswer grant(Map<String, String> fields) {
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("client_id", SandboxAccounts.API_KEY);
        form.put("client_secret", SandboxAccounts.API_SECRET);
        return issuer.grant(form, true);
    }

    @Test
    void refreshTokensAreForgottenAfterTheirYear() {
        SandboxAnswer password = grant(Map.of("grant_type", "password", "username", SandboxAccounts.USER_NAME,
                "password", SandboxAccounts.USER_PASSWORD));
        String refresh = (String) password.body().get("refresh_token");
        assertThat(issuer.refreshTokenCount()).isEqualTo(1);

        clock.advance(SandboxTokenIssuer.REFRESH_TOKEN_LIFETIME.minusDays(1));
        SandboxAnswer refreshed = grant(Map.of("grant_type", "refresh_token", "refresh_token", refresh));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(issuer.refreshTokenCount()).isEqualTo(2);

        clock.advance(Duration.ofDays(2));
        assertThat(issuer.refreshTokenCount()).isEqualTo(1); // the first one's year is over
        assertThat(grant(Map.of("grant_type", "refresh_token", "refresh_token", refresh)).body())
                .containsEntry("error", "invalid_grant");
        assertThat(grant(Map.of("grant_type", "refresh_token", "refresh_token",
                (String) refreshed.body().get("refresh_token"))).status()).isEqualTo(200);
    }
}
