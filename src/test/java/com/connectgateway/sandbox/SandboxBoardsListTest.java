package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.Boards.BOARDS;
import static com.connectgateway.sandbox.Boards.SHARED;
import static com.connectgateway.sandbox.Boards.assets;
import static com.connectgateway.sandbox.Boards.create;
import static com.connectgateway.sandbox.Boards.json;
import static com.connectgateway.sandbox.Boards.list;
import static com.connectgateway.sandbox.Boards.listedIds;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v3/boards}: paging under both page-size names, the sort orders and the relationship filter. */
@QuarkusTest
class SandboxBoardsListTest {

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    @Test
    void pagesCoverEveryBoardOnceUnderEitherPageSizeName() {
        for (int i = 0; i < 7; i++) {
            create(user, "Board " + i);
        }
        List<String> all = listedIds(user, Map.of("page_size", 100));
        assertThat(all).hasSize(8).doesNotHaveDuplicates().contains(SHARED);

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonBody body = list(user, Map.of("page", page, "page_size", 3));
            assertThat(body.getInt("board_count")).isEqualTo(8);
            paged.addAll(body.getList("boards.id", String.class));
            assertThat(listedIds(user, Map.of("page", page, "pageSize", 3)))
                    .isEqualTo(body.getList("boards.id", String.class));
        }
        assertThat(paged).isEqualTo(all);

        v3(user).queryParam("page", 4).queryParam("page_size", 3).get(BOARDS).then().statusCode(200)
                .body(at("board_count", equalTo(8))).body(at("boards", hasSize(0)));
        v3(user).queryParam("page", 2_000_000_000).queryParam("pageSize", 100).get(BOARDS).then().statusCode(200)
                .body(at("boards", hasSize(0)));
        assertThat(listedIds(user, Map.of("page_size", 3, "pageSize", 3))).hasSize(3);
    }

    @Test
    void thirtyBoardsAPageUnlessAskedOtherwise() {
        for (int i = 0; i < 31; i++) {
            create(user, "Board " + i);
        }
        v3(user).get(BOARDS).then().statusCode(200).body(at("board_count", equalTo(32))).body(at("boards", hasSize(30)));
        v3(user).queryParam("page", 2).get(BOARDS).then().statusCode(200).body(at("boards", hasSize(2)));
    }

    @Test
    void badPagingIs400() {
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("page_size", 101), Map.of("pageSize", 101),
                Map.of("page_size", 0), Map.of("page", 0), Map.of("page", "x"), Map.of("pageSize", "1.5"),
                Map.of("page_size", 10, "pageSize", 20), Map.of("page", ""), Map.of("page_sise", 3))) {
            v3(user).queryParams(query).get(BOARDS).then().statusCode(400)
                    .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        }
        v3(user).queryParam("page_size", 101).get(BOARDS).then().body(at("ErrorMessage", containsString("page_size")));
    }

    @Test
    void sortOrders() {
        String banana = create(user, "banana");
        String apple = create(user, "Apple");
        String cherry = create(user, "cherry");

        assertThat(listedIds(user, Map.of())).containsExactly(cherry, apple, banana, SHARED);
        assertThat(listedIds(user, Map.of("sort_order", "date_last_updated_descending")))
                .containsExactly(cherry, apple, banana, SHARED);
        assertThat(listedIds(user, Map.of("sort_order", "date_last_updated_ascending")))
                .containsExactly(SHARED, banana, apple, cherry);
        assertThat(listedIds(user, Map.of("sort_order", "name_ascending")))
                .containsExactly(apple, banana, cherry, SHARED);
        assertThat(listedIds(user, Map.of("sort_order", "name_decending")))
                .containsExactly(SHARED, cherry, banana, apple);

        // A change moves a board to the front; an attempt that changes nothing does not.
        json(user, assets("100000001")).put(BOARDS + "/" + banana + "/assets").then().statusCode(201);
        json(user, assets("nope")).put(BOARDS + "/" + apple + "/assets").then().statusCode(201);
        assertThat(listedIds(user, Map.of())).containsExactly(banana, cherry, apple, SHARED);
        json(user, "{\"name\": \"Apple\"}").put(BOARDS + "/" + apple).then().statusCode(204);
        assertThat(listedIds(user, Map.of())).containsExactly(apple, banana, cherry, SHARED);

        for (String wrong : List.of("name_descending", "newest", "")) {
            v3(user).queryParam("sort_order", wrong).get(BOARDS).then().statusCode(400)
                    .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        }
    }

    @Test
    void equalNamesGoByIdSoPagesAreStable() {
        List<String> same = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            same.add(create(user, "Same"));
        }
        List<String> byName = listedIds(user, Map.of("sort_order", "name_ascending"));
        assertThat(byName.subList(0, 5)).isSorted().containsExactlyInAnyOrderElementsOf(same);
        assertThat(listedIds(user, Map.of("sort_order", "name_decending")).subList(1, 6)).isSorted();
    }

    @Test
    void listedBoardsSayHowTheUserRelatesToThem() {
        String own = create(user, "Own");
        json(user, assets("100000011", "100000012")).put(BOARDS + "/" + own + "/assets").then().statusCode(201);
        String empty = create(user, "Empty");

        v3(user).queryParam("board_relationship", "owned").get(BOARDS).then().statusCode(200)
                .body(at("board_count", equalTo(2)))
                .body(at("boards.id", equalTo(List.of(empty, own))))
                .body(at("boards.board_relationship", equalTo(List.of("owned", "owned"))))
                .body(at("boards[0].hero_asset", nullValue()))
                .body(at("boards[1].asset_count", equalTo(2)))
                .body(at("boards[1].hero_asset.id", equalTo("100000012")))
                .body(at("boards[1].hero_asset.asset_type", equalTo("image")))
                .body(at("boards[1].hero_asset.display_sizes.name", equalTo(List.of("thumb"))));
        v3(user).queryParam("board_relationship", "invited").get(BOARDS).then().statusCode(200)
                .body(at("board_count", equalTo(1)))
                .body(at("boards.id", equalTo(List.of(SHARED))))
                .body(at("boards[0].board_relationship", equalTo("invited")))
                .body(at("boards[0].name", equalTo("Shared with you")));
        v3(user).get(BOARDS).then().statusCode(200).body(at("board_count", equalTo(3)));
        v3(user).queryParam("board_relationship", "shared").get(BOARDS).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));

        Map<String, Object> entry = list(user, Map.of("board_relationship", "owned")).getMap("boards[1]");
        assertThat(entry).containsOnlyKeys("id", "name", "description", "asset_count", "date_created",
                "date_last_updated", "board_relationship", "hero_asset");
    }
}
