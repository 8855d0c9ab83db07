package com.connectgateway.endpoint;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.renew;
import static com.connectgateway.support.LegacyApi.systemCredentials;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTPS-only operations, secure-token-only operations, and secure tokens leaked over HTTP. */
@QuarkusTest
class TransportRulesTest {

    @Test
    void renewOverHttpWithStandardTokenIsOperationRequiresHttps() {
        Map<String, Object> session = LegacyApi.createUserSession();
        renew(overHttp(), (String) session.get("Token"))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")))
                .body(at("RenewSessionResult", equalTo(null)));
    }

    @Test
    void renewWithStandardTokenOverHttpsIsOperationRequiresSecureToken() {
        Map<String, Object> session = LegacyApi.createUserSession();
        renew(overHttps(), (String) session.get("Token"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));
    }

    @Test
    void renewWithoutTokenIsAuth010() {
        renew(overHttps(), null).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }

    @Test
    void renewWithGarbageTokenIsAuth010() {
        renew(overHttps(), "not-a-token-at-all").body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
        renew(overHttps(), "x".repeat(43)).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }

    @Test
    void secureTokenOverHttpIsRefusedAndRevoked() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String secureToken = (String) session.get("SecureToken");

        renew(overHttp(), secureToken)
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("SecureTokenPassedOverHttp")));

        // The exposed secure token is gone for good, even over HTTPS.
        renew(overHttps(), secureToken).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
        // The session's standard token still identifies the session.
        renew(overHttps(), (String) session.get("Token"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));
    }

    @Test
    void revocationTakesExactlyTheExposedSecureTokenOfARenewedSession() {
        Map<String, Object> first = LegacyApi.createUserSession();
        Map<String, Object> renewed = renew(overHttps(), (String) first.get("SecureToken"))
                .extract().as(JsonBody.class).getMap("RenewSessionResult");

        renew(overHttp(), (String) renewed.get("SecureToken"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("SecureTokenPassedOverHttp")));

        renew(overHttps(), (String) renewed.get("SecureToken")).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
        renew(overHttps(), (String) renewed.get("Token"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));
        // The CreateSession SecureToken was never exposed: it still renews the session.
        renew(overHttps(), (String) first.get("SecureToken")).body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void secureTokenOverHttpOnANonSecureOperationIsRevokedToo() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String secureToken = (String) session.get("SecureToken");
        post(overHttp(), "/v1/session/CreateApplicationSession",
                envelope(secureToken, null, "CreateApplicationSessionRequestBody", systemCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("SecureTokenPassedOverHttp")));
        renew(overHttps(), secureToken).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }

    @Test
    void forwardedProtoFromAnUntrustedPeerIsIgnored() {
        post(overHttp().header("X-Forwarded-Proto", "https"), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
    }

    @Test
    void secureTokenOverHttpsWorks() {
        Map<String, Object> session = LegacyApi.createUserSession();
        renew(overHttps(), (String) session.get("SecureToken")).body(at("ResponseHeader.Status", equalTo("success")));
    }
}
