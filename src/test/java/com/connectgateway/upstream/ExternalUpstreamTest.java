package com.connectgateway.upstream;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.profiles.ClosedUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With a real upstream configured the sandbox is gone (even though the test profile opts in: a
 * configured upstream wins), and an unreachable token endpoint is reported.
 */
@Tag("no-sandbox")
@QuarkusTest
@TestProfile(ClosedUpstream.class)
class ExternalUpstreamTest {

    @Test
    void sandboxPathsDoNotExist() {
        given().port(LegacyApi.httpPort()).get("/sandbox/control/stats").then().statusCode(404);
        given().port(LegacyApi.httpPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then().statusCode(404);
    }

    @Test
    void unreachableTokenEndpointIsDependentServiceDown() {
        post(overHttps(), "/v1/session/CreateSession", envelope(null, "down", "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.CoordinationId", equalTo("down")));
    }

    @Test
    void sandboxCatalogIsNeverGenerated() throws Exception {
        // By name: a build without the sandbox (-Pno-sandbox) compiles this test too, and has no catalog at all.
        Class<?> catalog;
        try {
            catalog = Class.forName("com.connectgateway.sandbox.catalog.SandboxCatalog", false,
                    Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            return;
        }
        var bean = io.quarkus.arc.Arc.container().instance(catalog).getBean();
        org.assertj.core.api.Assertions.assertThat(io.quarkus.arc.Arc.container()
                .getActiveContext(jakarta.enterprise.context.ApplicationScoped.class).get(bean)).isNull();
    }
}
