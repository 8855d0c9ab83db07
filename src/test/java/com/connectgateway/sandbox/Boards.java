package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;

import com.connectgateway.support.JsonBody;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Board calls on the sandbox as a user, for the boards tests. */
final class Boards {

    static final String BOARDS = "/sandbox/v3/boards";
    /** The seeded board sandbox-colleague shared with sandbox-user, and the one he did not. */
    static final String SHARED = "SbxSharedBoard7Qm4Hc2Lr";
    static final String PRIVATE = "SbxPrivateBoard3Kd8Nw5J";

    private Boards() {
    }

    static RequestSpecification json(String token, String body) {
        return v3(token).contentType(ContentType.JSON).body(body);
    }

    /** Creates a board and returns its id. */
    static String create(String token, String name) {
        return json(token, "{\"name\": \"" + name + "\"}").post(BOARDS).then().statusCode(201).extract()
                .as(JsonBody.class).getString("id");
    }

    static JsonBody detail(String token, String id) {
        return v3(token).get(BOARDS + "/" + id).then().statusCode(200).extract().as(JsonBody.class);
    }

    static JsonBody list(String token, Map<String, ?> query) {
        return v3(token).queryParams(query).get(BOARDS).then().statusCode(200).extract().as(JsonBody.class);
    }

    static List<String> listedIds(String token, Map<String, ?> query) {
        return list(token, query).getList("boards.id", String.class);
    }

    /** {@code [{"asset_id": a}, ...]}. */
    static String assets(String... ids) {
        StringBuilder body = new StringBuilder("[");
        for (String id : ids) {
            body.append(body.length() > 1 ? ", " : "").append("{\"asset_id\": \"").append(id).append("\"}");
        }
        return body.append("]").toString();
    }
}
