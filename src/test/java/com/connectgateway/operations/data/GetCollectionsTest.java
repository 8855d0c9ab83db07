package com.connectgateway.operations.data;

import static com.connectgateway.operations.data.DataCalls.call;
import static com.connectgateway.operations.data.DataCalls.fails;
import static com.connectgateway.operations.data.DataCalls.succeeds;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GetCollections through the gateway against the sandbox's {@code /v3/collections}. */
@QuarkusTest
class GetCollectionsTest {

    private static final String OPERATION = "GetCollections";

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    private static Map<String, Object> collection(JsonBody result, int id) {
        List<Map<String, Object>> collections = result.getList("GetCollectionsResult.Collections");
        return collections.stream().filter(c -> Integer.valueOf(id).equals(c.get("CollectionId"))).findFirst().orElseThrow();
    }

    @Test
    void everyCollectionWithItsLegacyMembers() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        JsonBody result = succeeds(call(OPERATION, token, null))
                .body(at("GetCollectionsResult.Collections", hasSize(12)))
                .extract().as(JsonBody.class);
        List<Map<String, Object>> collections = result.getList("GetCollectionsResult.Collections");
        assertThat(collections).allSatisfy(c -> assertThat(c.keySet()).containsExactly("CollectionName", "ImageFamily",
                "LicenseModel", "CollectionId", "ApplicableProductOfferings"));
        assertThat(collection(result, 1)).containsEntry("CollectionName", "Photodisc").containsEntry("ImageFamily", "Creative")
                .containsEntry("LicenseModel", "RF")
                .containsEntry("ApplicableProductOfferings", List.of("PremiumAccess", "RoyaltyFreeSubscription", "ImagePack"));
        assertThat(collection(result, 2)).containsEntry("CollectionName", "Stone").containsEntry("LicenseModel", "RM")
                .containsEntry("ApplicableProductOfferings", List.of("PremiumAccess"));
        assertThat(collection(result, 4)).containsEntry("CollectionName", "Getty Images News")
                .containsEntry("ImageFamily", "Editorial").containsEntry("LicenseModel", "RM")
                .containsEntry("ApplicableProductOfferings", List.of("EditorialSubscription", "EasyAccess"));
    }

    @Test
    void anApplicationSessionToo() {
        String token = (String) LegacyApi.createApplicationSession().get("Token");
        succeeds(call(LegacyApi.overHttp(), "/v2/data/GetCollections", OPERATION, token, Map.of()))
                .body(at("GetCollectionsResult.Collections", hasSize(12)));
    }

    @Test
    void bodyMembersTheDocsDoNotDefineAreReportedAsIgnored() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        call(OPERATION, token, Map.of("Language", "de"))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", hasSize(1)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Information")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("Language")))
                .body(at("GetCollectionsResult.Collections", hasSize(12)));
    }

    @Test
    void tokenAndTransportRules() {
        Map<String, Object> session = LegacyApi.createUserSession();
        fails(call(OPERATION, null, null), OPERATION, "AUTH-010");
        fails(call(OPERATION, (String) session.get("SecureToken"), null), OPERATION, "SecureTokenPassedOverHttp");
        String secure = (String) LegacyApi.createUserSession().get("SecureToken");
        succeeds(call(LegacyApi.overHttps(), "/v1/data/GetCollections", OPERATION, secure, null));
    }

    @Test
    void v3FailuresReadAsLegacyCodes() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        Faults.rule(Map.of("path", "/sandbox/v3/collections", "status", 503, "body", "{\"message\":\"down\"}"));
        fails(call(OPERATION, token, null), OPERATION, "DependentServiceDown");
        Faults.clear();
        Faults.rule(Map.of("path", "/sandbox/v3/collections", "status", 200, "body", "{\"collections\":null}"));
        succeeds(call(OPERATION, token, null)).body(at("GetCollectionsResult.Collections", equalTo(List.of())));
    }
}
