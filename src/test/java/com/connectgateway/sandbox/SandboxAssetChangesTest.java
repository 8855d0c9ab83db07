package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v3/asset-changes/change-sets}: the seeded partner channel, re-serving until confirmed, and every refusal. */
@QuarkusTest
class SandboxAssetChangesTest {

    private static final String SETS = "/sandbox/v3/asset-changes/change-sets";

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    @Test
    void aSetIsServedAgainUntilConfirmedThenTheNextThenNothing() {
        v3(user).queryParam("channel_id", 1).queryParam("batch_size", 4).put(SETS).then().statusCode(201)
                .body(at("change_set_id", equalTo("4200001")))
                .body(at("changed_assets", hasSize(4)))
                .body(at("changed_assets[0].id", equalTo("100000001")))
                .body(at("changed_assets[0].asset_type", equalTo("Image")))
                .body(at("changed_assets[0].asset_lifecycle", equalTo("New")))
                .body(at("changed_assets[0].uri", containsString("/sandbox/media/100000001/comp")))
                .body(at("changed_assets[0].asset_changed_utc_datetime", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")))
                .body(at("changed_assets[1].asset_lifecycle", equalTo("Update")))
                .body(at("changed_assets[1].uri", nullValue()))
                .body(at("changed_assets[2].asset_lifecycle", equalTo("Delete")));
        v3(user).queryParam("channel_id", 1).queryParam("batch_size", 1).put(SETS).then().statusCode(200)
                .body(at("change_set_id", equalTo("4200001")))
                .body(at("changed_assets", hasSize(4)));
        v3(user).delete(SETS + "/4200001").then().statusCode(200);
        v3(user).queryParam("channel_id", 1).put(SETS).then().statusCode(201)
                .body(at("change_set_id", equalTo("4200002")))
                .body(at("changed_assets", hasSize(3)))
                .body(at("changed_assets[0].id", equalTo("100000005")));
        v3(user).delete(SETS + "/4200002").then().statusCode(200);
        v3(user).queryParam("channel_id", 1).put(SETS).then().statusCode(200).body(emptyString());
    }

    @Test
    void theQuietChannelHasNothingAndAResetSeedsAgain() {
        v3(SandboxV3.applicationToken()).queryParam("channel_id", 2).put(SETS).then().statusCode(200).body(emptyString());
        v3(user).queryParam("channel_id", 1).queryParam("batch_size", 7).put(SETS).then().statusCode(201);
        v3(user).delete(SETS + "/4200001").then().statusCode(200);
        SandboxV3.reset();
        v3(user).queryParam("channel_id", 1).put(SETS).then().statusCode(201)
                .body(at("change_set_id", equalTo("4200001")))
                .body(at("changed_assets", hasSize(7)));
    }

    @Test
    void refusals() {
        v3().queryParam("channel_id", 1).put(SETS).then().statusCode(401).body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        io.restassured.RestAssured.given().port(SandboxV3.port()).queryParam("channel_id", 1).put(SETS).then().statusCode(401);
        v3(user).queryParam("channel_id", 99).put(SETS).then().statusCode(404).body(at("ErrorCode", equalTo("ChannelNotFound")));
        v3(user).put(SETS).then().statusCode(400).body(at("ErrorCode", equalTo("InvalidChannelIdException")));
        v3(user).queryParam("channel_id", "x").put(SETS).then().statusCode(400).body(at("ErrorCode", equalTo("InvalidChannelIdException")));
        v3(user).queryParam("channel_id", 1).queryParam("batch_size", 0).put(SETS).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        v3(user).queryParam("channel_id", 1).queryParam("batch_size", 2201).put(SETS).then().statusCode(400);
        v3(user).queryParam("channel_id", 1).queryParam("page", 1).put(SETS).then().statusCode(400);
        v3(user).delete(SETS + "/4200001").then().statusCode(404).body(at("ErrorCode", equalTo("ChangeSetNotFound")));
        v3(user).delete(SETS + "/abc").then().statusCode(400).body(at("ErrorCode", equalTo("InvalidChangeSetId")));
        v3().delete(SETS + "/4200001").then().statusCode(401);
    }
}
