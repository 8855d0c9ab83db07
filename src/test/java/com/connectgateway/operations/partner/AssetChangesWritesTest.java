package com.connectgateway.operations.partner;

import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.ShortUpstreamPolicies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both change-set calls are writes: one v3 does not answer within the (shortened) write timeout is sent once and told so. */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class AssetChangesWritesTest {

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
    }

    private static List<Map<String, Object>> hits(String method, String prefix) {
        return Faults.hits(prefix).stream().filter(hit -> method.equals(hit.get("method"))).toList();
    }

    @Test
    void anUnansweredChangeSetRequestIsSentOnce() {
        Faults.rule(Map.of("path", "/sandbox/v3/asset-changes/change-sets", "method", "PUT", "delayMillis", 3000, "status", 200,
                "body", ""));
        AssetChangesTest.get(token, 1, 5)
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("Call GetAssetChanges again")));
        assertThat(hits("PUT", "/sandbox/v3/asset-changes/change-sets")).hasSize(1);
    }

    @Test
    void anUnansweredConfirmationIsReportedAsPossiblyMadeAndSentOnce() {
        Faults.rule(Map.of("path", "/sandbox/v3/asset-changes/change-sets/", "method", "DELETE", "delayMillis", 3000,
                "status", 200, "body", ""));
        AssetChangesTest.confirm(token, "4200001")
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", startsWith(
                        "The image service did not answer in time; the confirmation may or may not have been made.")));
        assertThat(hits("DELETE", "/sandbox/v3/asset-changes/change-sets/")).hasSize(1);
    }
}
