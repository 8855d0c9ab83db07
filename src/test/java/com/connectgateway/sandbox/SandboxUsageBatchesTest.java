package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

/** {@code PUT /v3/usage-batches/{id}}: recorded once, the duplicate, invalid assets, the permission switch, refusals. */
@QuarkusTest
class SandboxUsageBatchesTest {

    private static final String BATCHES = "/sandbox/v3/usage-batches/";

    private String token;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        token = SandboxV3.applicationToken();
    }

    private static Map<String, Object> usage(String id, int quantity, String date) {
        return Map.of("asset_id", id, "quantity", quantity, "usage_date", date);
    }

    private static void allow(boolean allowed) {
        given().port(SandboxV3.port()).contentType("application/json").body(Map.of("allowed", allowed))
                .put("/sandbox/control/usage-reporting").then().statusCode(200).body(at("allowed", equalTo(allowed)));
    }

    @Test
    void recordedOnceThenTheDuplicate() {
        Map<String, Object> body = Map.of("asset_usages", List.of(usage("100000001", 2, "2014-01-14"), usage("100000001", 3, "2014-01-15")));
        v3(token).contentType("application/json").body(body).put(BATCHES + "b-1").then().statusCode(201)
                .body(at("total_asset_usages_processed", equalTo(5)))
                .body(at("invalid_assets", empty()));
        v3(token).contentType("application/json").body(body).put(BATCHES + "b-1").then().statusCode(409)
                .body(at("ErrorCode", equalTo("TransactionIdDuplicated")));
        SandboxV3.reset();
        v3(token).contentType("application/json").body(body).put(BATCHES + "b-1").then().statusCode(201);
    }

    @Test
    void assetsNotInTheCatalogRefuseTheWholeBatch() {
        Map<String, Object> body = Map.of("asset_usages", List.of(usage("100000001", 2, "2014-01-14"), usage("nope", 1, "2014-01-14"),
                usage("nope", 1, "2014-01-15")));
        v3(token).contentType("application/json").body(body).put(BATCHES + "b-2").then().statusCode(200)
                .body(at("total_asset_usages_processed", equalTo(0)))
                .body(at("invalid_assets", equalTo(List.of("nope"))));
        v3(token).contentType("application/json").body(Map.of("asset_usages", List.of(usage("100000001", 2, "2014-01-14"))))
                .put(BATCHES + "b-2").then().statusCode(201);
    }

    @Test
    void withoutPermissionEveryBatchIsForbiddenUntilAllowedOrReset() {
        Map<String, Object> body = Map.of("asset_usages", List.of(usage("100000001", 1, "2014-01-14")));
        allow(false);
        v3(token).contentType("application/json").body(body).put(BATCHES + "b-3").then().statusCode(403)
                .body(at("ErrorCode", equalTo("UnauthorizedToReportUsage")));
        allow(true);
        v3(token).contentType("application/json").body(body).put(BATCHES + "b-3").then().statusCode(201);
        allow(false);
        SandboxV3.reset();
        v3(token).contentType("application/json").body(body).put(BATCHES + "b-4").then().statusCode(201);
        given().port(SandboxV3.port()).contentType("application/json").body("{}").put("/sandbox/control/usage-reporting")
                .then().statusCode(400);
    }

    @Test
    void refusals() {
        Map<String, Object> body = Map.of("asset_usages", List.of(usage("100000001", 1, "2014-01-14")));
        v3().contentType("application/json").body(body).put(BATCHES + "b").then().statusCode(401);
        v3(token).contentType("text/plain").body("{}").put(BATCHES + "b").then().statusCode(415);
        for (String bad : List.of("{}", "{\"asset_usages\":[]}", "not json",
                "{\"asset_usages\":[{\"quantity\":1,\"usage_date\":\"2014-01-14\"}]}",
                "{\"asset_usages\":[{\"asset_id\":\"100000001\",\"quantity\":0,\"usage_date\":\"2014-01-14\"}]}",
                "{\"asset_usages\":[{\"asset_id\":\"100000001\",\"quantity\":1.5,\"usage_date\":\"2014-01-14\"}]}",
                "{\"asset_usages\":[{\"asset_id\":\"100000001\",\"quantity\":1,\"usage_date\":\"14-01-2014\"}]}")) {
            v3(token).contentType("application/json").body(bad).put(BATCHES + "b").then().statusCode(400)
                    .body(at("ErrorCode", equalTo("InvalidRequest")));
        }
    }
}
