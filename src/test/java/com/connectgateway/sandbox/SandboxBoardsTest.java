package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.Boards.BOARDS;
import static com.connectgateway.sandbox.Boards.PRIVATE;
import static com.connectgateway.sandbox.Boards.SHARED;
import static com.connectgateway.sandbox.Boards.assets;
import static com.connectgateway.sandbox.Boards.create;
import static com.connectgateway.sandbox.Boards.detail;
import static com.connectgateway.sandbox.Boards.json;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v3/boards}: the round trip, assets, the seeded shared boards, and every refusal. */
@QuarkusTest
class SandboxBoardsTest {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    @Test
    void createReadRenameDelete() {
        String id = json(user, "{\"name\": \"Summer campaign\", \"description\": \"Beach shots\"}").post(BOARDS)
                .then().statusCode(201).extract().as(JsonBody.class).getString("id");
        assertThat(id).matches("[A-Za-z0-9]{20,}").matches(".*[A-Za-z].*");

        v3(user).get(BOARDS + "/" + id).then().statusCode(200)
                .body(at("id", equalTo(id)))
                .body(at("name", equalTo("Summer campaign")))
                .body(at("description", equalTo("Beach shots")))
                .body(at("asset_count", equalTo(0)))
                .body(at("comment_count", equalTo(0)))
                .body(at("assets", hasSize(0)))
                .body(at("date_created", matchesPattern(DATE)))
                .body(at("date_last_updated", matchesPattern(DATE)))
                .body(at("permissions", equalTo(Map.of("can_delete_board", true, "can_invite_to_board", true,
                        "can_update_name", true, "can_update_description", true, "can_add_assets", true,
                        "can_remove_assets", true))))
                .body(at("links.share", containsString(id)))
                .body(at("links.invitation", notNullValue()));

        json(user, "{\"name\": \"Winter campaign\"}").put(BOARDS + "/" + id).then().statusCode(204);
        JsonBody renamed = detail(user, id);
        assertThat(renamed.getString("name")).isEqualTo("Winter campaign");
        assertThat(renamed.getString("description")).isNull();
        assertThat(renamed.getString("date_last_updated")).isGreaterThanOrEqualTo(renamed.getString("date_created"));

        v3(user).delete(BOARDS + "/" + id).then().statusCode(204);
        v3(user).get(BOARDS + "/" + id).then().statusCode(404).body(at("ErrorCode", equalTo("BoardNotFound")));
        v3(user).delete(BOARDS + "/" + id).then().statusCode(404).body(at("ErrorCode", equalTo("BoardNotFound")));
    }

    @Test
    void idsAreUniqueAndNeverNumbers() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            ids.add(create(user, "Board " + i));
        }
        assertThat(ids).hasSize(25).allSatisfy(id -> assertThat(id).doesNotMatch("\\d+"));
    }

    @Test
    void assetsAreAddedOnceUnknownOnesAreNotAdded() {
        String id = create(user, "Picks");
        json(user, assets("100000005", "nope", "100000005", "100000006")).put(BOARDS + "/" + id + "/assets").then()
                .statusCode(201)
                .body(at("assets_added", equalTo(List.of(Map.of("asset_id", "100000005"),
                        Map.of("asset_id", "100000006")))))
                .body(at("assets_not_added", equalTo(List.of("nope"))));
        // Already on the board: counted as added, not added twice.
        json(user, assets("100000005")).put(BOARDS + "/" + id + "/assets").then().statusCode(201)
                .body(at("assets_added.asset_id", equalTo(List.of("100000005"))))
                .body(at("assets_not_added", hasSize(0)));

        JsonBody board = detail(user, id);
        assertThat(board.getInt("asset_count")).isEqualTo(2);
        assertThat(board.getList("assets.id", String.class)).containsExactly("100000005", "100000006");
        assertThat(board.getList("assets.asset_type", String.class)).containsOnly("image");
        assertThat(board.getList("assets.date_added", String.class)).allMatch(date -> date.matches(DATE));
        assertThat(board.getList("assets[0].display_sizes.name", String.class))
                .containsExactly("thumb", "preview", "comp");

        v3(user).queryParam("asset_ids", "100000005,zzz").delete(BOARDS + "/" + id + "/assets").then()
                .statusCode(200);
        assertThat(detail(user, id).getList("assets.id", String.class)).containsExactly("100000006");
    }

    @Test
    void displaySizesAreTheOnesImagesGives() {
        String id = create(user, "Sizes");
        json(user, assets("100000009")).put(BOARDS + "/" + id + "/assets").then().statusCode(201);
        List<Map<String, Object>> onBoard = detail(user, id).getList("assets[0].display_sizes");
        List<Map<String, Object>> ofImage = v3(user).queryParam("fields", "display_set")
                .get("/sandbox/v3/images/100000009").then().statusCode(200).extract().as(JsonBody.class)
                .getList("images[0].display_sizes");
        assertThat(uris(onBoard)).isEqualTo(uris(ofImage)).hasSize(3);
        assertThat(onBoard).allSatisfy(size -> assertThat(size).containsOnlyKeys("name", "uri"));
    }

    @Test
    void oneAssetAtATime() {
        String id = create(user, "Singles");
        String asset = BOARDS + "/" + id + "/assets/";
        v3(user).put(asset + "100000007").then().statusCode(201);
        v3(user).put(asset + "100000007").then().statusCode(201);
        assertThat(detail(user, id).getList("assets.id", String.class)).containsExactly("100000007");
        v3(user).put(asset + "nope").then().statusCode(403).body(at("ErrorCode", equalTo("AssetNotFound")));
        v3(user).delete(asset + "100000008").then().statusCode(200);
        v3(user).delete(asset + "100000007").then().statusCode(200);
        assertThat(detail(user, id).getInt("asset_count")).isZero();
        v3(user).put(BOARDS + "/nosuchboard/assets/100000007").then().statusCode(404)
                .body(at("ErrorCode", equalTo("BoardNotFound")));
    }

    @Test
    void theSharedBoardCanBeFilledButNotRenamedOrDeleted() {
        v3(user).get(BOARDS + "/" + SHARED).then().statusCode(200)
                .body(at("name", equalTo("Shared with you")))
                .body(at("assets.id", equalTo(List.of("100000001", "100000002"))))
                .body(at("asset_count", equalTo(2)))
                .body(at("permissions.can_delete_board", equalTo(false)))
                .body(at("permissions.can_update_name", equalTo(false)))
                .body(at("permissions.can_update_description", equalTo(false)))
                .body(at("permissions.can_invite_to_board", equalTo(false)))
                .body(at("permissions.can_add_assets", equalTo(true)))
                .body(at("permissions.can_remove_assets", equalTo(true)))
                .body(at("links.invitation", nullValue()))
                .body(at("links.share", containsString(SHARED)));

        json(user, "{\"name\": \"Mine now\"}").put(BOARDS + "/" + SHARED).then().statusCode(403)
                .body(at("ErrorCode", equalTo("InsufficientAccess")));
        v3(user).delete(BOARDS + "/" + SHARED).then().statusCode(403)
                .body(at("ErrorCode", equalTo("InsufficientAccess")));

        json(user, assets("100000004")).put(BOARDS + "/" + SHARED + "/assets").then().statusCode(201)
                .body(at("assets_added.asset_id", equalTo(List.of("100000004"))));
        v3(user).queryParam("asset_ids", "100000001").delete(BOARDS + "/" + SHARED + "/assets").then()
                .statusCode(200);
        assertThat(detail(user, SHARED).getList("assets.id", String.class)).containsExactly("100000002", "100000004");
    }

    @Test
    void aBoardNotSharedWithTheUserDoesNotExistForHim() {
        for (String id : List.of(PRIVATE, "nosuchboard")) {
            v3(user).get(BOARDS + "/" + id).then().statusCode(404).body(at("ErrorCode", equalTo("BoardNotFound")));
            json(user, "{\"name\": \"x\"}").put(BOARDS + "/" + id).then().statusCode(404)
                    .body(at("ErrorCode", equalTo("BoardNotFound")));
            v3(user).delete(BOARDS + "/" + id).then().statusCode(404).body(at("ErrorCode", equalTo("BoardNotFound")));
            json(user, assets("100000001")).put(BOARDS + "/" + id + "/assets").then().statusCode(404)
                    .body(at("ErrorCode", equalTo("BoardNotFound")));
            v3(user).queryParam("asset_ids", "100000003").delete(BOARDS + "/" + id + "/assets").then()
                    .statusCode(404).body(at("ErrorCode", equalTo("BoardNotFound")));
            v3(user).delete(BOARDS + "/" + id + "/assets/100000003").then().statusCode(404);
        }
        assertThat(Boards.listedIds(user, Map.of())).doesNotContain(PRIVATE);
    }

    @Test
    void aUserTokenIsRequired() {
        String application = SandboxV3.applicationToken();
        v3(application).get(BOARDS).then().statusCode(403)
                .body(at("ErrorCode", equalTo("UserTokenRequired")))
                .body(at("ErrorMessage", equalTo("Security token must contain a user.")));
        json(application, "{\"name\": \"x\"}").post(BOARDS).then().statusCode(403)
                .body(at("ErrorCode", equalTo("UserTokenRequired")));
        v3(application).get(BOARDS + "/" + SHARED).then().statusCode(403);

        v3().get(BOARDS).then().statusCode(401).body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        v3("not-a-token").get(BOARDS + "/" + SHARED).then().statusCode(401)
                .body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        given().port(SandboxV3.port()).header("Authorization", "Bearer " + user).get(BOARDS).then().statusCode(401)
                .body(at("message", equalTo("Unauthorized")));
    }

    @Test
    void badBodiesAndParametersAre400() {
        for (String body : List.of("{}", "{\"name\": \"  \"}", "{\"description\": \"no name\"}", "not json", "",
                "[]", "{\"name\": " + quoted("n".repeat(256)) + "}")) {
            json(user, body).post(BOARDS).then().statusCode(400)
                    .body(at("ErrorCode", equalTo("InvalidParameterValue")))
                    .body(at("ErrorMessage", notNullValue()));
        }
        json(user, "{\"name\": " + quoted("n".repeat(255)) + "}").post(BOARDS).then().statusCode(201);

        String id = create(user, "Kept");
        json(user, "{\"name\": \"\", \"description\": \"d\"}").put(BOARDS + "/" + id).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        for (String body : List.of("{\"asset_id\": \"100000001\"}", "[]", "[{}]", "[{\"asset_id\": \" \"}]", "x")) {
            json(user, body).put(BOARDS + "/" + id + "/assets").then().statusCode(400)
                    .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        }
        v3(user).delete(BOARDS + "/" + id + "/assets").then().statusCode(400)
                .body(at("ErrorMessage", containsString("asset_ids")));
        v3(user).queryParam("fields", "assets").get(BOARDS + "/" + id).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        assertThat(detail(user, id).getString("name")).isEqualTo("Kept");
    }

    @Test
    void bodiesMustBeDeclaredJsonButTheTokenIsCheckedFirst() {
        v3(user).contentType(ContentType.TEXT).body("{\"name\": \"x\"}").post(BOARDS).then().statusCode(415)
                .body(at("ErrorCode", equalTo("UnsupportedMediaType")));
        v3(user).post(BOARDS).then().statusCode(415);
        v3(user).contentType("application/json; charset=utf-8").body("{\"name\": \"x\"}").post(BOARDS).then()
                .statusCode(201);
        v3(SandboxV3.applicationToken()).contentType(ContentType.TEXT).body("x").post(BOARDS).then().statusCode(403)
                .body(at("ErrorCode", equalTo("UserTokenRequired")));
        v3().contentType(ContentType.TEXT).body("x").put(BOARDS + "/" + SHARED + "/assets").then().statusCode(401);
    }

    @Test
    void resetForgetsTheUsersBoardsAndSeedsTheSharedOnesAgain() {
        String id = create(user, "Temporary");
        v3(user).queryParam("asset_ids", "100000001,100000002").delete(BOARDS + "/" + SHARED + "/assets").then()
                .statusCode(200);

        SandboxV3.reset();

        v3(user).get(BOARDS + "/" + id).then().statusCode(404);
        v3(user).get(BOARDS).then().statusCode(200)
                .body(at("board_count", equalTo(1)))
                .body(at("boards.id", equalTo(List.of(SHARED))))
                .body(at("boards[0].board_relationship", equalTo("invited")))
                .body(at("boards[0].asset_count", equalTo(2)));
        assertThat(detail(user, SHARED).getList("assets.id", String.class)).containsExactly("100000001", "100000002");
    }

    private static Map<Object, Object> uris(List<Map<String, Object>> sizes) {
        return sizes.stream().collect(Collectors.toMap(size -> size.get("name"), size -> size.get("uri")));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
