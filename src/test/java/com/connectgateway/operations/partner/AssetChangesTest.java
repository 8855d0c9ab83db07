package com.connectgateway.operations.partner;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetAssetChanges and ConfirmAssetChanges through the gateway against the sandbox's partner channels. */
@QuarkusTest
class AssetChangesTest {

    private static final String LEGACY_DATE = "/Date\\(\\d+[+-]\\d{4}\\)/";

    private String token;

    @BeforeEach
    void session() {
        Breakers.resetAll();
        Sandbox.reset();
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    static ValidatableResponse call(RequestSpecification transport, String version, String token, String operation, Map<String, ?> body) {
        return post(transport, "/" + version + "/partnerassetingestion/" + operation,
                envelope(token, "coord-7", operation + "RequestBody", body));
    }

    static ValidatableResponse get(String token, Integer channelId, Integer itemCount) {
        Map<String, Object> body = new HashMap<>();
        body.put("ChannelId", channelId);
        body.put("ItemCount", itemCount);
        return call(overHttp(), "v1", token, "GetAssetChanges", body);
    }

    static ValidatableResponse confirm(String token, String transactionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("TransactionId", transactionId);
        return call(overHttps(), "v2", token, "ConfirmAssetChanges", body);
    }

    private static void fails(ValidatableResponse response, String code) {
        response.body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList", hasSize(1)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo(code)));
    }

    @Test
    void theSameSetUntilConfirmedThenTheNextThenNone() {
        JsonBody first = get(token, 1, 5)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", empty()))
                .body(at("ResponseHeader.CoordinationId", equalTo("coord-7")))
                .body(at("GetAssetChangesResponseBody.TransactionId", equalTo("4200001")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets", hasSize(5)))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].AssetId", equalTo("100000001")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].AssetLifecycle", equalTo("New")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].AssetType", equalTo("Image")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].ChangedProperties", empty()))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].Url", containsString("/sandbox/media/100000001/comp")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].AssetChangedDateTimeUtc", matchesPattern(LEGACY_DATE)))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[1].AssetId", equalTo("100000002")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[1].AssetLifecycle", equalTo("Updated")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[1].Url", nullValue()))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[2].AssetLifecycle", equalTo("Deleted")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[2].Url", nullValue()))
                .extract().as(JsonBody.class);
        assertThat(first.getMap("GetAssetChangesResponseBody.ChangedAssets[0]").keySet()).containsExactly(
                "AssetChangedDateTimeUtc", "AssetId", "AssetLifecycle", "AssetType", "ChangedProperties", "Url");

        // Not confirmed: the same set again, whatever the ItemCount.
        get(token, 1, 2).body(at("GetAssetChangesResponseBody.TransactionId", equalTo("4200001")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets", hasSize(5)));

        confirm(token, "4200001")
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", empty()))
                .body(at("ResponseHeader.CoordinationId", equalTo("coord-7")))
                .body(at("ConfirmAssetChangesResponseBody", equalTo(Map.of())));

        get(token, 1, 5).body(at("GetAssetChangesResponseBody.TransactionId", equalTo("4200002")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets", hasSize(2)))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].AssetId", equalTo("100000006")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[0].AssetLifecycle", equalTo("Deleted")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[1].AssetId", equalTo("100000007")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets[1].AssetLifecycle", equalTo("New")));
        confirm(token, "4200002").body(at("ResponseHeader.Status", equalTo("success")));

        get(token, 1, null)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets", empty()))
                .body(at("GetAssetChangesResponseBody.TransactionId", nullValue()));
    }

    @Test
    void withoutItemCountTenAreAskedForAndAnApplicationSessionIsServed() {
        String application = (String) LegacyApi.createApplicationSession().get("Token");
        call(overHttps(), "v2", application, "GetAssetChanges", Map.of("ChannelId", 1))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetAssetChangesResponseBody.ChangedAssets", hasSize(7)));
        get(application, 2, null)
                .body(at("GetAssetChangesResponseBody.ChangedAssets", empty()))
                .body(at("GetAssetChangesResponseBody.TransactionId", nullValue()));
    }

    @Test
    void requestMembersAreCheckedBeforeAnyV3Call() {
        Faults.clear();
        fails(call(overHttp(), "v1", token, "GetAssetChanges", Map.of("ItemCount", 5)), "InvalidRequest");
        fails(get(token, 0, 5), "InvalidRequest");
        fails(get(token, 1, 0), "InvalidItemCount");
        fails(get(token, 1, 501), "MaxExceeded");
        fails(call(overHttp(), "v1", token, "GetAssetChanges", Map.of("ChannelId", "one")), "InvalidRequest");
        fails(confirm(token, null), "InvalidRequest");
        fails(confirm(token, "  "), "InvalidRequest");
        assertThat(Faults.hits("/sandbox/v3/asset-changes")).isEmpty();
        get(token, 1, 500).body(at("GetAssetChangesResponseBody.ChangedAssets", hasSize(7)));
    }

    @Test
    void anUnknownChannelOrChangeSetIsInvalidRequest() {
        fails(get(token, 99, 5), "InvalidRequest");
        get(token, 99, 5).body(at("ResponseHeader.StatusList[0].Message", containsString("Channel 99")))
                .body(at("GetAssetChangesResponseBody", nullValue()));
        fails(confirm(token, "12345"), "InvalidRequest");
        confirm(token, "12345").body(at("ResponseHeader.StatusList[0].Message", containsString("TransactionId 12345")))
                .body(at("ConfirmAssetChangesResponseBody", nullValue()));
        fails(confirm(token, "not-a-set"), "InvalidRequest"); // v3's 400 InvalidChangeSetId
        get(token, 1, 5).body(at("GetAssetChangesResponseBody.TransactionId", equalTo("4200001")));
        confirm(token, "4200001").body(at("ResponseHeader.Status", equalTo("success")));
        fails(confirm(token, "4200001"), "InvalidRequest"); // confirmed already
    }

    @Test
    void tokenAndTransportRules() {
        fails(call(overHttp(), "v1", null, "GetAssetChanges", Map.of("ChannelId", 1)), "AUTH-010");
        fails(call(overHttps(), "v1", "no-such-token", "ConfirmAssetChanges", Map.of("TransactionId", "1")), "AUTH-010");
        String secure = (String) LegacyApi.createUserSession().get("SecureToken");
        call(overHttps(), "v1", secure, "GetAssetChanges", Map.of("ChannelId", 1))
                .body(at("ResponseHeader.Status", equalTo("success")));
        fails(call(overHttp(), "v1", secure, "GetAssetChanges", Map.of("ChannelId", 1)), "SecureTokenPassedOverHttp");
        fails(call(overHttp(), "v2", token, "GetAssetChanges", Map.of()), "InvalidRequest");
    }

    @Test
    void aRefusedConfirmationIsSentOnceAndV3RefusalsAreRead() {
        get(token, 1, 5);
        Faults.clear();
        Faults.rule(Map.of("path", "/sandbox/v3/asset-changes/change-sets/", "method", "DELETE", "status", 503));
        fails(confirm(token, "4200001"), "DependentServiceDown");
        assertThat(Faults.hits("/sandbox/v3/asset-changes/change-sets/")).hasSize(1);
        Faults.clear();
        Faults.rule(Map.of("path", "/sandbox/v3/asset-changes/change-sets", "method", "PUT", "status", 401,
                "body", "{\"ErrorCode\":\"AuthorizationTokenRequired\"}"));
        fails(get(token, 1, 5), "AUTH-021");
        Faults.clear();
        Faults.rule(Map.of("path", "/sandbox/v3/asset-changes/change-sets", "method", "PUT", "status", 403,
                "body", "{\"ErrorCode\":\"UnauthorizedToAccessResource\"}"));
        fails(get(token, 1, 5), "NoAuthorizations");
    }
}
