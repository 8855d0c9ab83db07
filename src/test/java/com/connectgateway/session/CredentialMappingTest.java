package com.connectgateway.session;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.MappedCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a mapping table, legacy system credentials are translated, and unlisted ones refused locally. */
@QuarkusTest
@TestProfile(MappedCredentials.class)
class CredentialMappingTest {

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    private static Map<String, Object> body(String systemId, String systemPassword) {
        Map<String, Object> body = new HashMap<>();
        body.put("SystemId", systemId);
        body.put("SystemPassword", systemPassword);
        body.put("UserName", "sandbox-user");
        body.put("UserPassword", "sandbox-password");
        return body;
    }

    @Test
    void mappedSystemOpensASessionWithItsApiKey() {
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", body("10042", "legacy-pass")))
                .body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(Sandbox.tokenRequests()).isEqualTo(1);
    }

    @Test
    void wrongLegacyPasswordIsRefusedWithoutAnUpstreamCall() {
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", body("10042", "nope")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
        assertThat(Sandbox.tokenRequests()).isZero();
    }

    @Test
    void unmappedSystemIsRefusedEvenWithValidApiCredentials() {
        post(overHttps(), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", body("sandbox-system", "sandbox-secret")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
        assertThat(Sandbox.tokenRequests()).isZero();
    }

    @Test
    void renewChecksTheLegacyCredentialsToo() {
        String secure = post(overHttps(), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", body("10042", "legacy-pass")))
                .extract().as(JsonBody.class).getString("CreateSessionResult.SecureToken");
        post(overHttps(), "/v1/session/RenewSession", envelope(secure, null, "RenewSessionRequestBody",
                Map.of("SystemId", "sandbox-system", "SystemPassword", "sandbox-secret")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
        post(overHttps(), "/v1/session/RenewSession", envelope(secure, null, "RenewSessionRequestBody",
                Map.of("SystemId", "10042", "SystemPassword", "legacy-pass")))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }
}
