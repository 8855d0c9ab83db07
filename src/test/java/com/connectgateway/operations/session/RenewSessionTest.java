package com.connectgateway.operations.session;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.renew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.connectgateway.session.SessionBroker;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RenewSessionTest {

    @Inject
    SessionBroker broker;

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void renewReturnsANewWorkingPairAndKeepsTheOldOne() {
        Map<String, Object> first = LegacyApi.createUserSession();
        String oldAccess = broker.upstreamAccessToken(broker.authenticate((String) first.get("Token")).session());

        Map<String, Object> renewed = renew(overHttps(), (String) first.get("SecureToken"))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("RenewSessionResult.Token", matchesPattern("[A-Za-z0-9_-]{43}")))
                .body(at("RenewSessionResult.TokenDurationMinutes", equalTo(30)))
                .extract().as(JsonBody.class).getMap("RenewSessionResult");

        assertThat(renewed.get("Token")).isNotEqualTo(first.get("Token"));
        assertThat(renewed.get("SecureToken")).isNotEqualTo(first.get("SecureToken"));
        // One password grant for CreateSession, one refresh_token grant for RenewSession.
        assertThat(Sandbox.tokenRequests()).isEqualTo(2);
        assertThat(Sandbox.tokenRequestsWithoutApiKey()).as("every upstream call carries Api-Key").isZero();
        var session = broker.authenticate((String) renewed.get("Token")).session();
        assertThat(broker.upstreamAccessToken(session)).isNotEqualTo(oldAccess);

        // Both pairs now belong to the renewed session: same session, same upstream token.
        assertThat(broker.authenticate((String) first.get("Token")).session().id()).isEqualTo(session.id());
        assertThat(broker.authenticate((String) first.get("SecureToken")).session().expiresAt()).isEqualTo(session.expiresAt());
        // The new secure token renews again.
        renew(overHttps(), (String) renewed.get("SecureToken")).body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void olderBodyNameIsAccepted() {
        Map<String, Object> session = LegacyApi.createUserSession();
        post(overHttps(), "/v2/session/RenewSession",
                envelope((String) session.get("SecureToken"), "r", "RenewTokenRequestBody", LegacyApi.systemCredentials()))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.CoordinationId", equalTo("r")))
                .body(at("RenewSessionResult.SecureToken", matchesPattern("[A-Za-z0-9_-]{43}")));
    }

    @Test
    void anonymousSessionRenewsWithClientCredentials() {
        Map<String, Object> session = LegacyApi.createApplicationSession();
        renew(overHttps(), (String) session.get("SecureToken")).body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(Sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void otherSystemCredentialsAreRefused() {
        Map<String, Object> session = LegacyApi.createUserSession();
        Map<String, Object> body = LegacyApi.systemCredentials();
        body.put("SystemPassword", "something-else");
        post(overHttps(), "/v1/session/RenewSession", envelope((String) session.get("SecureToken"), null, "RenewSessionRequestBody", body))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
        assertThat(Sandbox.tokenRequests()).isEqualTo(1);
    }

    @Test
    void upstreamRefusalIsFailedToRenewToken() {
        Map<String, Object> session = LegacyApi.createUserSession();
        Sandbox.failTokenEndpoint(400);
        renew(overHttps(), (String) session.get("SecureToken"))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("FailedToRenewToken")));
    }

    @Test
    void upstreamDownIsDependentServiceDown() {
        Map<String, Object> session = LegacyApi.createUserSession();
        Sandbox.failTokenEndpoint(503);
        renew(overHttps(), (String) session.get("SecureToken"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
        // The session survives the failed renewal.
        Sandbox.reset();
        renew(overHttps(), (String) session.get("SecureToken")).body(at("ResponseHeader.Status", equalTo("success")));
    }
}
