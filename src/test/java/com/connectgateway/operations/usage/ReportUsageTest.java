package com.connectgateway.operations.usage;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ReportUsage through the gateway against the sandbox's usage batches. */
@QuarkusTest
class ReportUsageTest {

    private static final String BATCHES = "/sandbox/v3/usage-batches/";

    private String token;

    @BeforeEach
    void session() {
        Breakers.resetAll();
        Sandbox.reset();
        token = (String) LegacyApi.createUserSession().get("Token");
        Faults.clear();
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
        given().port(LegacyApi.sandboxPort()).contentType("application/json").body(Map.of("allowed", true))
                .put("/sandbox/control/usage-reporting").then().statusCode(200);
    }

    static Map<String, Object> usage(Object assetId, Object quantity, Object date) {
        Map<String, Object> usage = new java.util.HashMap<>();
        usage.put("AssetId", assetId);
        usage.put("Quantity", quantity);
        usage.put("UsageDate", date);
        return usage;
    }

    static ValidatableResponse report(RequestSpecification transport, String version, String token, String transactionId,
            List<?> usages) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("TransactionId", transactionId);
        body.put("AssetUsages", usages);
        return post(transport, "/" + version + "/usage/ReportUsage", envelope(token, "usage-1", "ReportUsageRequestBody", body));
    }

    static ValidatableResponse report(String token, String transactionId, List<?> usages) {
        return report(overHttps(), "v1", token, transactionId, usages);
    }

    private static void fails(ValidatableResponse response, String code) {
        response.body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList", hasSize(1)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo(code)))
                .body(at("ReportUsageResponseBody", nullValue()));
    }

    @Test
    void aReportIsRecordedOnceAndItsRepeatIsTheDuplicateWarning() {
        String id = UUID.randomUUID().toString();
        List<Map<String, Object>> usages = List.of(usage("100000001", 2, "2014-01-14"), usage("100000002", 3, "2014-01-15"));
        JsonBody body = report(token, id, usages)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", empty()))
                .body(at("ResponseHeader.CoordinationId", equalTo("usage-1")))
                .body(at("ReportUsageResponseBody.TotalAssetUsagesProcessed", equalTo(5)))
                .body(at("ReportUsageResponseBody.InvalidAssets", nullValue()))
                .extract().as(JsonBody.class);
        assertThat(body.getMap("ReportUsageResponseBody").keySet()).containsExactly("TotalAssetUsagesProcessed", "InvalidAssets");

        report(overHttps(), "v2", token, id, usages)
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList", hasSize(1)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("TransactionIdDuplicate")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString(id)))
                .body(at("ReportUsageResponseBody.TotalAssetUsagesProcessed", equalTo(0)))
                .body(at("ReportUsageResponseBody.InvalidAssets", nullValue()));
        assertThat(Faults.hits(BATCHES)).hasSize(2);
    }

    @Test
    void invalidAssetsAreReportedPerAssetAndNothingIsRecorded() {
        String id = "batch-invalid";
        report(token, id, List.of(usage("100000001", 1, "2014-01-14"), usage("NotAnImage1", 1, "2014-01-14"),
                usage("NotAnImage2", 4, "2014-01-14")))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList", hasSize(2)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidAssets")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("NotAnImage1")))
                .body(at("ResponseHeader.StatusList[1].Message", containsString("NotAnImage2")))
                .body(at("ReportUsageResponseBody.TotalAssetUsagesProcessed", equalTo(0)))
                .body(at("ReportUsageResponseBody.InvalidAssets", equalTo(List.of("NotAnImage1", "NotAnImage2"))));
        // Nothing was recorded, so the corrected report may even use the same id.
        report(token, id, List.of(usage("100000001", 1, "2014-01-14")))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ReportUsageResponseBody.TotalAssetUsagesProcessed", equalTo(1)));
    }

    @Test
    void aKeyWithoutUsagePermissionIsUnauthorizedToReportUsage() {
        given().port(LegacyApi.sandboxPort()).contentType("application/json").body(Map.of("allowed", false))
                .put("/sandbox/control/usage-reporting").then().statusCode(200);
        fails(report(token, "batch-403", List.of(usage("100000001", 1, "2014-01-14"))), "UnauthorizedToReportUsage");
        assertThat(Faults.hits(BATCHES)).hasSize(1);
    }

    @Test
    void aFailedReportIsNotRetried() {
        Faults.rule(Map.of("path", BATCHES, "method", "PUT", "status", 503));
        fails(report(token, "batch-503", List.of(usage("100000001", 1, "2014-01-14"))), "DependentServiceDown");
        assertThat(Faults.hits(BATCHES)).hasSize(1);
    }

    @Test
    void transportAndTokenRules() {
        List<Map<String, Object>> usages = List.of(usage("100000001", 1, "2014-01-14"));
        fails(report(overHttp(), "v1", token, "t-http", usages), "OperationRequiresHttps");
        fails(report(overHttp(), "v1", "no-such-token", "t-http", usages), "OperationRequiresHttps");
        fails(report(overHttps(), "v1", null, "t-none", usages), "AUTH-010");
        fails(report(overHttps(), "v1", "no-such-token", "t-bad", usages), "AUTH-010");
        String application = (String) LegacyApi.createApplicationSession().get("Token");
        report(overHttps(), "v2", application, "t-app", usages).body(at("ResponseHeader.Status", equalTo("success")));
        String secure = (String) LegacyApi.createUserSession().get("SecureToken");
        report(overHttps(), "v1", secure, "t-secure", usages).body(at("ResponseHeader.Status", equalTo("success")));
        assertThat(Faults.hits(BATCHES)).hasSize(2);
    }

    @Test
    void requestMembersAreCheckedBeforeAnyV3Call() {
        fails(report(token, null, List.of(usage("100000001", 1, "2014-01-14"))), "InvalidRequest");
        fails(report(token, " ", List.of(usage("100000001", 1, "2014-01-14"))), "InvalidRequest");
        fails(report(token, "t", null), "InvalidRequest");
        fails(report(token, "t", List.of()), "InvalidRequest");
        fails(report(token, "t", List.of(usage(null, 1, "2014-01-14"))), "InvalidAssets");
        fails(report(token, "t", List.of(usage("100000001", null, "2014-01-14"))), "InvalidRequest");
        fails(report(token, "t", List.of(usage("100000001", 0, "2014-01-14"))), "InvalidRequest");
        fails(report(token, "t", List.of(usage("100000001", "two", "2014-01-14"))), "InvalidRequest");
        fails(report(token, "t", List.of(usage("100000001", 1, null))), "InvalidRequest");
        fails(report(token, "t", List.of(usage("100000001", 1, "January 14th"))), "InvalidRequest");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(usage("100000001", 1, "2014-01-14"));
        }
        fails(report(token, "t", many), "MaxExceeded");
        assertThat(Faults.hits(BATCHES)).isEmpty();
        report(token, "t", many.subList(0, 1000)).body(at("ReportUsageResponseBody.TotalAssetUsagesProcessed", equalTo(1000)));
    }
}
