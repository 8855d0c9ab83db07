package com.connectgateway.operations.usage;

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

/** A usage report v3 does not answer within the (shortened) write timeout is sent once and reported as possibly recorded. */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class ReportUsageWritesTest {

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

    @Test
    void anUnansweredReportIsSentOnce() {
        Faults.rule(Map.of("path", "/sandbox/v3/usage-batches/", "method", "PUT", "delayMillis", 3000, "status", 201,
                "body", "{\"total_asset_usages_processed\":1,\"invalid_assets\":[]}"));
        ReportUsageTest.report(token, "slow-batch", List.of(ReportUsageTest.usage("100000001", 1, "2014-01-14")))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", startsWith(
                        "The image service did not answer in time; the usage may or may not have been recorded.")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("TransactionIdDuplicate")));
        assertThat(Faults.hits("/sandbox/v3/usage-batches/")).hasSize(1);
    }
}
