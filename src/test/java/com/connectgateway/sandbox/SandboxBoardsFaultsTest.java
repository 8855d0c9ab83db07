package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.Boards.BOARDS;
import static com.connectgateway.sandbox.Boards.SHARED;
import static com.connectgateway.sandbox.Boards.assets;
import static com.connectgateway.sandbox.Boards.create;
import static com.connectgateway.sandbox.Boards.json;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault rules and the hit log cover the board paths like every other v3 path. */
@QuarkusTest
class SandboxBoardsFaultsTest {

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    @Test
    void aDelayedAssetPutStillAddsItsAssetsAndEveryCallIsCounted() {
        String id = create(user, "Slow");
        String path = BOARDS + "/" + id + "/assets";
        FaultControl.rule("{\"path\": \"" + path + "\", \"method\": \"PUT\", \"times\": 1, \"delayMillis\": 400}");

        long start = System.nanoTime();
        json(user, assets("100000001")).put(path).then().statusCode(201)
                .body(at("assets_added.asset_id", equalTo(List.of("100000001"))));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
        json(user, assets("100000002")).put(path).then().statusCode(201);
        v3(user).queryParam("asset_ids", "100000001").delete(path).then().statusCode(200);

        List<Map<String, Object>> hits = FaultControl.hits(path);
        assertThat(hits).extracting(hit -> hit.get("method") + " " + hit.get("fault"))
                .containsExactly("PUT delay", "PUT none", "DELETE none");
        assertThat(Boards.detail(user, id).getList("assets.id", String.class)).containsExactly("100000002");
    }

    @Test
    void aStatusRuleAnswersForTheBoards() {
        FaultControl.rule("{\"path\": \"" + BOARDS + "\", \"method\": \"GET\", \"times\": 1, \"status\": 503}");
        v3(user).get(BOARDS).then().statusCode(503);
        v3(user).get(BOARDS + "/" + SHARED).then().statusCode(200);
        assertThat(FaultControl.faults(BOARDS)).containsExactly("status:503", "none");
    }
}
