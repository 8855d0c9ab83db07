package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Video download sizes and products, {@code POST /v3/downloads/videos/{id}}, delivery, log and faults. */
@QuarkusTest
class SandboxVideoDownloadsTest {

    private static final String DOWNLOADS = "/sandbox/v3/downloads/videos/";

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    /** A creative dog video with premiumaccess among its products, as a user sees it. */
    private Map<String, Object> video(String token) {
        JsonBody body = v3(token).queryParam("phrase", "dog").queryParam("page_size", 100)
                .queryParam("fields", "id,product_types,download_sizes,largest_downloads")
                .get(SandboxVideosTest.CREATIVE).then().statusCode(200).extract().as(JsonBody.class);
        return SandboxVideosTest.videos(body).stream()
                .filter(v -> ((List<?>) v.get("product_types")).contains("premiumaccess")).findFirst().orElseThrow();
    }

    @Test
    void downloadSizesListTheUsersProductsOnlyForAUserToken() {
        Map<String, Object> mine = video(user);
        List<String> types = JsonBody.read(mine, "download_sizes[0].downloads.product_type");
        assertThat(types).isEqualTo(mine.get("product_types"));
        assertThat(JsonBody.<String>read(mine, "download_sizes[0].downloads[0].uri"))
                .contains("/sandbox/v3/downloads/videos/" + mine.get("id") + "?size=");
        assertThat(JsonBody.<String>read(mine, "download_sizes[0].content_type")).isEqualTo("video/mp4");
        assertThat(JsonBody.<List<String>>read(mine, "largest_downloads.product_type")).isEqualTo(types);
        Map<String, Object> theirs = video(SandboxV3.applicationToken());
        assertThat(JsonBody.<List<?>>read(theirs, "download_sizes")).isNotEmpty();
        assertThat(JsonBody.<List<?>>read(theirs, "download_sizes[0].downloads")).isEmpty();
        assertThat(JsonBody.<List<?>>read(theirs, "largest_downloads")).isEmpty();
    }

    @Test
    void downloadAnswersDecrementsAndDelivers() {
        Map<String, Object> video = video(user);
        String id = (String) video.get("id");
        String size = JsonBody.read(video, "download_sizes[0].name");
        int before = remaining();
        String uri = v3(user).queryParam("size", size).queryParam("product_type", "premiumaccess")
                .post(DOWNLOADS + id).then().statusCode(200).extract().as(JsonBody.class).getString("uri");
        assertThat(remaining()).isEqualTo(before - 1);
        v3(user).redirects().follow(false).queryParam("size", size).queryParam("auto_download", "true")
                .post(DOWNLOADS + id).then().statusCode(303).header("Location", startsWith("http://"));
        Response file = given().get(uri);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("video/mp4");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=GettyImages-" + id + ".mp4");
        byte[] bytes = file.asByteArray();
        assertThat(new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");

        v3(user).queryParam("size", "8k9").post(DOWNLOADS + id).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        v3(user).post(DOWNLOADS + id).then().statusCode(400);
        v3(user).queryParam("size", "sd1").post(DOWNLOADS + "100000001").then().statusCode(404)
                .body(at("ErrorCode", equalTo("VideoNotFound")));
        v3(SandboxV3.applicationToken()).queryParam("size", size).post(DOWNLOADS + id).then().statusCode(403)
                .body(at("ErrorCode", equalTo("UserTokenRequired")));

        given().port(SandboxV3.port()).contentType("application/json").body("{\"downloadsRemaining\": 0}")
                .put("/sandbox/control/products/1234").then().statusCode(200);
        v3(user).queryParam("size", size).queryParam("product_type", "premiumaccess").post(DOWNLOADS + id).then()
                .statusCode(403).body(at("ErrorCode", equalTo("OverageLimitReached")));

        List<Map<String, Object>> log = given().port(SandboxV3.port()).get("/sandbox/control/downloads").then()
                .statusCode(200).extract().as(JsonBody.class).getList("$");
        assertThat(log.get(0)).containsEntry("assetType", "video").containsEntry("videoId", id)
                .containsEntry("status", 200);
    }

    private int remaining() {
        JsonBody products = v3(user).get("/sandbox/v3/products").then().statusCode(200).extract().as(JsonBody.class);
        List<Integer> ids = products.getList("products.id");
        return products.<List<Integer>>get("products.downloads_remaining").get(ids.indexOf(1234));
    }

    @Test
    void faultsAndHitsApplyToVideoPaths() {
        FaultControl.rule("{\"path\": \"/sandbox/v3/search/videos\", \"status\": 503, \"times\": 1}");
        try {
            v3().queryParam("phrase", "dog").get(SandboxVideosTest.CREATIVE).then().statusCode(503);
            v3().queryParam("phrase", "dog").get(SandboxVideosTest.CREATIVE).then().statusCode(200);
            assertThat(FaultControl.hits("/sandbox/v3/search/videos")).hasSize(2);
        } finally {
            FaultControl.clear();
        }
    }
}
