package com.connectgateway.endpoint;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.profiles.OperatorOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Behind a TLS-terminating proxy on a trusted address, X-Forwarded-Proto: https counts as HTTPS. */
@QuarkusTest
@TestProfile(OperatorOptions.class)
class TrustedProxyTest {

    @Test
    void forwardedHttpsFromTrustedProxyIsSecure() {
        post(overHttp().header("X-Forwarded-Proto", "https"), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void forwardedHttpFromTrustedProxyIsNot() {
        post(overHttp().header("X-Forwarded-Proto", "http"), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
    }

    /** The nearest proxy appends its value last; earlier values may be the client's own claim. */
    @Test
    void onlyTheLastForwardedProtoCounts() {
        post(overHttp().header("X-Forwarded-Proto", "https").header("X-Forwarded-Proto", "http"), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
        post(overHttp().header("X-Forwarded-Proto", "https, http"), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
        post(overHttp().header("X-Forwarded-Proto", "http").header("X-Forwarded-Proto", "https"), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void noHeaderFromTrustedProxyIsPlainHttp() {
        post(overHttp(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
    }
}
