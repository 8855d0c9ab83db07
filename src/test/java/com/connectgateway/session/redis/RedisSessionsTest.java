package com.connectgateway.session.redis;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.createUserSession;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.RedisServer;
import com.connectgateway.support.Scrape;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.profiles.RedisSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Legacy sessions kept in a real Redis, through the legacy HTTP surface. */
@QuarkusTest
@TestProfile(RedisSessions.class)
class RedisSessionsTest {

    @Test
    void aSessionLivesInRedisThroughSearchAndRenewalWithNothingReadableStored() {
        Map<String, Object> session = createUserSession();
        String token = (String) session.get("Token");
        String secureToken = (String) session.get("SecureToken");
        SearchRequests.searchOk(token, SearchRequests.body(1, 5));

        String renewed = LegacyApi.renew(overHttps(), secureToken).extract().as(JsonBody.class).getString("RenewSessionResult.Token");
        SearchRequests.searchOk(renewed, SearchRequests.body(1, 5));
        SearchRequests.searchOk(token, SearchRequests.body(1, 5)); // the CreateSession pair stays valid
        assertThat(Scrape.of(LegacyApi.httpPort()).value("gateway_sessions_live")).as("counted in Redis").isGreaterThanOrEqualTo(1);

        String dump = RedisSessions.server().dump();
        assertThat(dump).contains("cg:s:").contains("cg:d:")
                .doesNotContain(token).doesNotContain(secureToken).doesNotContain(renewed)
                .doesNotContain(LegacyApi.SYSTEM_PASSWORD).doesNotContain(LegacyApi.USER_PASSWORD)
                .doesNotContain(LegacyApi.USER_NAME);
    }

    @Test
    void redisStoppedIsALegacyDependentServiceDownAndTheGatewayRecoversWhenItReturns() {
        String token = (String) createUserSession().get("Token");
        RedisServer redis = RedisSessions.server();
        ready().statusCode(200);
        redis.stop();
        try {
            List<Map<String, Object>> checks = ready().statusCode(503).extract().as(JsonBody.class).getList("checks");
            assertThat(checks).anySatisfy(check -> {
                assertThat(check.get("name")).isEqualTo("session-store");
                assertThat(check.get("status")).isEqualTo("DOWN");
                assertThat(JsonBody.<String>read(check, "data.store")).isEqualTo("RedisSessionStore");
            });
            SearchRequests.search(token, SearchRequests.body(1, 5))
                    .body(at("ResponseHeader.Status", equalTo("error")))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                    .body(at("ResponseHeader.StatusList[0].Message", equalTo("The session store is unavailable; retry shortly.")));
            String opened = post(overHttps(), "/v1/session/CreateSession", envelope(null, "c-1", "CreateSessionRequestBody",
                    userCredentials())).body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                    .body(at("ResponseHeader.CoordinationId", equalTo("c-1"))).extract().asString();
            assertThat(opened).doesNotContain("Exception").doesNotContain("at com.");
            // SingleStepDownload answers in HTTP terms: the store is down, the token may be fine (not 401).
            given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                    .header("Authorization", "Bearer " + token).redirects().follow(false)
                    .post("/v2/download/100001012").then().statusCode(503)
                    .body("Message", equalTo("The session store is unavailable; retry shortly."));
            // /oauth2/token: the grant succeeded upstream, but a token the gateway cannot keep is not handed out.
            given().relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort())
                    .contentType("application/x-www-form-urlencoded").formParam("client_id", LegacyApi.SYSTEM_ID)
                    .formParam("client_secret", LegacyApi.SYSTEM_PASSWORD).formParam("grant_type", "client_credentials")
                    .post("/oauth2/token").then().statusCode(503).body("error", equalTo("temporarily_unavailable"))
                    .body("access_token", org.hamcrest.Matchers.nullValue());
        } finally {
            redis.restart();
        }
        ready().statusCode(200);
        // This Redis keeps nothing on disk, so the old session is gone (AUTH-010); new ones work at once.
        SearchRequests.search(token, SearchRequests.body(1, 5)).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
        SearchRequests.searchOk((String) createUserSession().get("Token"), SearchRequests.body(1, 5));
    }

    private static ValidatableResponse ready() {
        return given().port(LegacyApi.httpPort()).get("/q/health/ready").then();
    }
}
