package com.connectgateway.session;

import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Token answers that cannot back a session, and refreshes the token endpoint refused for good. */
@QuarkusTest
class RefreshPolicyTest {

    @AfterEach
    void reset() {
        Sandbox.reset();
    }

    @Test
    void tokenWithoutUsableLifetimeIsAnUpstreamErrorNotASession() {
        for (long expiresIn : new long[] { 0, -60, 10L * 365 * 24 * 3600 }) {
            Sandbox.tokenLifetimeSeconds(expiresIn);
            assertThat(code(createSession())).as("expires_in=%d", expiresIn).isEqualTo("DependentServiceDown");
        }
        Sandbox.tokenLifetimeSeconds(1800);
        assertThat(code(createSession())).isEqualTo("success");
    }

    @Test
    void refreshRefusedWithInvalidGrantIsFinalAndAnsweredAtOnce() {
        JsonBody opened = createSession();
        String secureToken = opened.getString("CreateSessionResult.SecureToken");
        Sandbox.failTokenEndpoint(400); // the refresh_token grant is refused
        long before = Sandbox.tokenRequests();

        assertThat(code(renew(secureToken))).isEqualTo("FailedToRenewToken");
        assertThat(Sandbox.tokenRequests()).isEqualTo(before + 1);

        // Not retried: the next renewal is answered without asking the token endpoint again.
        assertThat(code(renew(secureToken))).isEqualTo("FailedToRenewToken");
        assertThat(Sandbox.tokenRequests()).isEqualTo(before + 1);
    }

    private static JsonBody createSession() {
        return LegacyApi.post(overHttps(), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", LegacyApi.userCredentials())).extract().as(JsonBody.class);
    }

    private static JsonBody renew(String secureToken) {
        return LegacyApi.renew(overHttps(), secureToken).extract().as(JsonBody.class);
    }

    private static String code(JsonBody answer) {
        return "success".equals(answer.getString("ResponseHeader.Status"))
                ? "success" : answer.getString("ResponseHeader.StatusList[0].Code");
    }
}
