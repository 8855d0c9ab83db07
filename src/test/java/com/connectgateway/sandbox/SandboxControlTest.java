package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control endpoints gateway tests use to see which v3 calls were made. */
@QuarkusTest
class SandboxControlTest {

    @BeforeEach
    void reset() {
        SandboxV3.reset();
    }

    private static JsonBody control(String path) {
        return given().port(SandboxV3.port()).get("/sandbox/control/" + path).then().statusCode(200).extract()
                .as(JsonBody.class);
    }

    @Test
    void lastSearchShowsPathDecodedQueryAndHeaders() {
        v3(SandboxV3.applicationToken()).header("Accept-Language", "de-CH").header("GI-Country-Code", "CHE")
                .queryParam("phrase", "Zürich café").queryParam("orientations", "vertical,square")
                .queryParam("page_size", "5").get("/sandbox/v3/search/images/creative").then().statusCode(200);
        JsonBody last = control("last-search");
        assertThat(last.getString("path")).isEqualTo("/sandbox/v3/search/images/creative");
        assertThat(last.getMap("query")).isEqualTo(Map.of("phrase", "Zürich café", "orientations", "vertical,square",
                "page_size", "5"));
        assertThat(last.getMap("headers")).isEqualTo(Map.of("Accept-Language", "de-CH", "GI-Country-Code", "CHE",
                "Authorization-present", true));
    }

    @Test
    void everySearchSinceResetIsListedRefusedOnesToo() {
        v3().queryParam("phrase", "dog").get("/sandbox/v3/search/images").then().statusCode(200);
        v3().queryParam("page_size", "500").get("/sandbox/v3/search/images/editorial").then().statusCode(400);
        v3().get("/sandbox/v3/images/100000001").then().statusCode(200);
        v3().queryParam("ids", "1").get("/sandbox/v3/images").then().statusCode(404);

        List<Map<String, Object>> searches = control("searches").getList("$");
        assertThat(searches).extracting(s -> s.get("path"))
                .containsExactly("/sandbox/v3/search/images", "/sandbox/v3/search/images/editorial");
        Map<?, ?> headers = (Map<?, ?>) searches.get(0).get("headers");
        assertThat(headers.get("Authorization-present")).isEqualTo(false);
        assertThat(headers.containsKey("Accept-Language")).isTrue();
        assertThat(headers.get("Accept-Language")).isNull();
        JsonBody stats = control("stats");
        assertThat(stats.getLong("searchRequests")).isEqualTo(2);
        assertThat(stats.getLong("imageRequests")).isEqualTo(2);

        given().port(SandboxV3.port()).post("/sandbox/control/reset").then().statusCode(200);
        assertThat(control("searches").getList("$")).isEmpty();
        given().port(SandboxV3.port()).get("/sandbox/control/last-search").then().statusCode(404);
        assertThat(control("stats").getLong("searchRequests")).isZero();
        assertThat(control("stats").getLong("imageRequests")).isZero();
    }

    @Test
    void everyDownloadSinceResetIsListedWithItsStatus() {
        String image = (String) SandboxDownloadsTest.creative().get("id");
        String user = SandboxV3.userToken();
        SandboxV3.reset();
        v3().post("/sandbox/v3/downloads/images/" + image).then().statusCode(401);
        v3(user).queryParam("auto_download", "false").queryParam("product_type", "premiumaccess")
                .post("/sandbox/v3/downloads/images/" + image).then().statusCode(200);
        v3(user).queryParam("height", "abc").post("/sandbox/v3/downloads/images/42").then().statusCode(400);
        v3(user).redirects().follow(false).post("/sandbox/v3/downloads/images/" + image).then().statusCode(303);

        List<Map<String, Object>> downloads = control("downloads").getList("$");
        assertThat(downloads).containsExactly(
                Map.of("assetType", "image", "imageId", image, "query", Map.of(), "status", 401),
                Map.of("assetType", "image", "imageId", image, "query", Map.of("auto_download", "false", "product_type", "premiumaccess"),
                        "status", 200),
                Map.of("assetType", "image", "imageId", "42", "query", Map.of("height", "abc"), "status", 400),
                Map.of("assetType", "image", "imageId", image, "query", Map.of(), "status", 303));
        assertThat(control("stats").getLong("downloadRequests")).isEqualTo(4);

        given().port(SandboxV3.port()).post("/sandbox/control/reset").then().statusCode(200);
        assertThat(control("downloads").getList("$")).isEmpty();
        assertThat(control("stats").getLong("downloadRequests")).isZero();
    }
}
