package com.connectgateway.sandbox;

import static io.restassured.RestAssured.given;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Calls to the sandbox's v3 resources as the gateway makes them: Api-Key, optional bearer token. */
final class SandboxV3 {

    static final String API_KEY = "sandbox-system";

    private SandboxV3() {
    }

    static int port() {
        return LegacyApi.sandboxPort();
    }

    /** A request with the sandbox Api-Key and no token. */
    static RequestSpecification v3() {
        return given().port(port()).header("Api-Key", API_KEY);
    }

    static RequestSpecification v3(String accessToken) {
        return v3().header("Authorization", "Bearer " + accessToken);
    }

    /** A token with a user (password grant): unlocks download fields. */
    static String userToken() {
        return given().port(port()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", API_KEY).formParam("client_secret", "sandbox-secret")
                .formParam("grant_type", "password").formParam("username", "sandbox-user")
                .formParam("password", "sandbox-password")
                .post("/sandbox/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("access_token");
    }

    /** A token without a user (client_credentials). */
    static String applicationToken() {
        return given().port(port()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", API_KEY).formParam("client_secret", "sandbox-secret")
                .formParam("grant_type", "client_credentials")
                .post("/sandbox/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("access_token");
    }

    /** A successful search's body. */
    static JsonBody search(String path, Map<String, ?> query) {
        return v3().queryParams(query).get(path).then().statusCode(200).extract().as(JsonBody.class);
    }

    static int resultCount(String path, Map<String, ?> query) {
        return search(path, query).getInt("result_count");
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static List<Map<String, Object>> images(JsonBody body) {
        return (List) body.getList("images", Map.class);
    }

    /**
     * The first catalog image, in id order, whose {@code fields} (asked with a user token) match:
     * lets tests pick e.g. a call-for-image or a vector image without hard-coding catalog ids.
     */
    static Map<String, Object> firstImage(String fields, Predicate<Map<String, Object>> wanted) {
        String token = userToken();
        for (int from = 1; from <= 1_500; from += 100) {
            String ids = IntStream.range(from, from + 100).mapToObj(i -> String.valueOf(100_000_000 + i))
                    .collect(Collectors.joining(","));
            JsonBody body = v3(token).queryParam("ids", ids).queryParam("fields", fields).get("/sandbox/v3/images")
                    .then().statusCode(200).extract().as(JsonBody.class);
            for (Map<String, Object> image : images(body)) {
                if (wanted.test(image)) {
                    return image;
                }
            }
        }
        throw new AssertionError("No catalog image matches for fields " + fields);
    }

    static void reset() {
        given().port(port()).post("/sandbox/control/reset").then().statusCode(200);
    }
}
