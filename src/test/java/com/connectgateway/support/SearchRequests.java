package com.connectgateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds legacy SearchForImages requests and reads what the sandbox received. */
public final class SearchRequests {

    private SearchRequests() {
    }

    /** A request body with ResultOptions set; filter and query members are added by the caller. */
    public static Map<String, Object> body(int start, int count) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("ItemStartNumber", start);
        options.put("ItemCount", count);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Query", new LinkedHashMap<String, Object>());
        body.put("Filter", new LinkedHashMap<String, Object>());
        body.put("ResultOptions", options);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    public static Map<String, Object> creative(Map<String, Object> body) {
        part(body, "Filter").put("ImageFamilies", List.of("Creative"));
        return body;
    }

    public static Map<String, Object> editorial(Map<String, Object> body) {
        part(body, "Filter").put("ImageFamilies", List.of("Editorial"));
        return body;
    }

    public static ValidatableResponse search(String token, Map<String, Object> body) {
        return LegacyApi.post(LegacyApi.overHttp(), "/v2/search/SearchForImages",
                LegacyApi.envelope(token, null, "SearchForImagesRequestBody", body));
    }

    public static JsonBody searchOk(String token, Map<String, Object> body) {
        return search(token, body).extract().as(JsonBody.class);
    }

    /** The query parameters of the last v3 search the sandbox served. */
    public static Map<String, String> lastV3Query() {
        return new HashMap<>(given().port(LegacyApi.sandboxPort()).get("/sandbox/control/last-search")
                .then().statusCode(200).extract().as(JsonBody.class).getMap("query"));
    }

    public static JsonBody lastV3Search() {
        return given().port(LegacyApi.sandboxPort()).get("/sandbox/control/last-search")
                .then().statusCode(200).extract().as(JsonBody.class);
    }

    /** Image ids straight from the sandbox, for comparing windows. */
    public static List<String> v3Ids(String family, Map<String, String> query) {
        String token = given().port(LegacyApi.sandboxPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", LegacyApi.SYSTEM_ID)
                .formParam("client_secret", LegacyApi.SYSTEM_PASSWORD)
                .post("/sandbox/oauth2/token").then().statusCode(200).extract().as(JsonBody.class).get("access_token");
        return given().port(LegacyApi.sandboxPort()).header("Api-Key", LegacyApi.SYSTEM_ID)
                .header("Authorization", "Bearer " + token).queryParams(query)
                .get("/sandbox/v3/search/images/" + family)
                .then().statusCode(200).extract().as(JsonBody.class).getList("images.id", String.class);
    }

    public static long v3Total(String family, Map<String, String> query) {
        Map<String, String> one = new HashMap<>(query);
        one.put("page_size", "1");
        return given().port(LegacyApi.sandboxPort()).header("Api-Key", LegacyApi.SYSTEM_ID).queryParams(one)
                .get("/sandbox/v3/search/images/" + family)
                .then().statusCode(200).extract().as(JsonBody.class).getLong("result_count");
    }
}
