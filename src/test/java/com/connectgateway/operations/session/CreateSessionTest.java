package com.connectgateway.operations.session;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.systemCredentials;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreateSessionTest {

    private static final String URL_SAFE_256_BITS = "[A-Za-z0-9_-]{43}";

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void userSessionOverHttpsReturnsTokenPairAndDuration() {
        post(overHttps(), "/v1/session/CreateSession", envelope(null, "coord-1", "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", hasSize(0)))
                .body(at("ResponseHeader.CoordinationId", equalTo("coord-1")))
                .body(at("CreateSessionResult.Token", matchesPattern(URL_SAFE_256_BITS)))
                .body(at("CreateSessionResult.SecureToken", matchesPattern(URL_SAFE_256_BITS)))
                .body(at("CreateSessionResult.TokenDurationMinutes", equalTo(30)));
        assertThat(Sandbox.tokenRequests()).isEqualTo(1);
    }

    @Test
    void anonymousSessionWithSystemCredentialsOnly() {
        Map<String, Object> result = LegacyApi.createApplicationSession();
        assertThat((String) result.get("Token")).matches(URL_SAFE_256_BITS);
        assertThat(result.get("Token")).isNotEqualTo(result.get("SecureToken"));
    }

    @Test
    void emptyUserNameMeansAnonymous() {
        Map<String, Object> body = systemCredentials();
        body.put("UserName", "");
        body.put("UserPassword", "");
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", body))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void applicationSessionHasItsOwnResultKey() {
        post(overHttps(), "/v2/session/CreateApplicationSession",
                envelope(null, null, "CreateApplicationSessionRequestBody", systemCredentials()))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("CreateApplicationSessionResult.Token", matchesPattern(URL_SAFE_256_BITS)))
                .body(at("CreateApplicationSessionResult.SecureToken", matchesPattern(URL_SAFE_256_BITS)))
                .body(at("CreateApplicationSessionResult.TokenDurationMinutes", equalTo(30)));
    }

    @Test
    void everySessionGetsDistinctTokens() {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> result = LegacyApi.createUserSession();
            seen.add(result.get("Token"));
            seen.add(result.get("SecureToken"));
        }
        assertThat(seen).hasSize(10);
    }

    @Test
    void wrongUserPasswordIsInvalidUsernameOrPassword() {
        Map<String, Object> body = userCredentials();
        body.put("UserPassword", "not-the-password");
        post(overHttps(), "/v1/session/CreateSession", envelope(null, "c", "CreateSessionRequestBody", body))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidUsernameOrPassword")))
                .body(at("ResponseHeader.CoordinationId", equalTo("c")))
                .body(at("CreateSessionResult", nullValue()));
    }

    @Test
    void userNameWithoutPasswordIsInvalidUsernameOrPassword() {
        Map<String, Object> body = userCredentials();
        body.remove("UserPassword");
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", body))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidUsernameOrPassword")));
        assertThat(Sandbox.tokenRequests()).isZero();
    }

    @Test
    void wrongSystemPasswordIsInvalidSystemIdOrPassword() {
        Map<String, Object> body = userCredentials();
        body.put("SystemPassword", "wrong");
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", body))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
    }

    @Test
    void wrongSystemIdOnAnonymousSessionIsInvalidSystemIdOrPassword() {
        Map<String, Object> body = systemCredentials();
        body.put("SystemId", "nobody");
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", body))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
    }

    @Test
    void missingSystemCredentialsAreRefusedWithoutAnUpstreamCall() {
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", Map.of()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
        assertThat(Sandbox.tokenRequests()).isZero();
    }

    @Test
    void tokenEndpointFailingIsDependentServiceDown() {
        Sandbox.failTokenEndpoint(503);
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
    }

    @Test
    void plainHttpIsOperationRequiresHttps() {
        post(overHttp(), "/v1/session/CreateSession", envelope(null, 7, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")))
                .body(at("ResponseHeader.CoordinationId", equalTo(7)));
        assertThat(Sandbox.tokenRequests()).isZero();
    }

    @Test
    void plainHttpApplicationSessionIsOperationRequiresHttps() {
        post(overHttp(), "/v1/session/CreateApplicationSession",
                envelope(null, null, "CreateApplicationSessionRequestBody", systemCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
    }

    @Test
    void missingTokenKeyAndEmptyHeaderAreAccepted() {
        post(overHttps(), "/v1/session/CreateSession",
                Map.of("RequestHeader", Map.of(), "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.CoordinationId", nullValue()))
                .body(at("CreateSessionResult.Token", notNullValue()));
    }
}
