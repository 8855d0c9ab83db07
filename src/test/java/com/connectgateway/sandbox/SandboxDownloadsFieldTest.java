package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxSearchTest.list;
import static com.connectgateway.sandbox.SandboxSearchTest.maps;
import static com.connectgateway.sandbox.SandboxV3.images;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code fields=downloads}: every download size with one link per product, only for a user token. */
@QuarkusTest
class SandboxDownloadsFieldTest {

    private static final String IMAGES = "/sandbox/v3/images";
    private static final Map<String, String> PRODUCT_IDS = Map.of("premiumaccess", "1234",
            "royaltyfreesubscription", "2345", "editorialsubscription", "3456", "easyaccess", "4567",
            "imagepack", "5678");

    @Test
    void aUserTokenGetsTheSizesWithALinkPerProduct() {
        String base = "http://localhost:" + SandboxV3.port();
        JsonBody body = v3(SandboxV3.userToken()).queryParam("ids", ids(60))
                .queryParam("fields", "downloads,download_sizes,product_types,call_for_image").get(IMAGES).then()
                .statusCode(200).extract().as(JsonBody.class);
        int linked = 0;
        for (Map<String, Object> image : images(body)) {
            List<Map<String, Object>> downloads = maps(image, "downloads");
            if (Boolean.TRUE.equals(image.get("call_for_image"))) {
                assertThat(downloads).isEmpty();
                continue;
            }
            List<Map<String, Object>> sizes = maps(image, "download_sizes");
            assertThat(downloads).hasSameSizeAs(sizes);
            for (int i = 0; i < sizes.size(); i++) {
                Map<String, Object> size = new HashMap<>(downloads.get(i));
                List<Map<String, Object>> links = maps(size, "downloads");
                size.remove("downloads");
                assertThat(size).isEqualTo(sizes.get(i));
                assertThat(links).extracting(link -> link.get("product_type"))
                        .containsExactlyElementsOf(list(image, "product_types"));
                for (Map<String, Object> link : links) {
                    String type = (String) link.get("product_type");
                    assertThat(link).containsOnlyKeys("product_id", "product_type", "uri", "agreement_name");
                    assertThat(link.get("product_id")).isEqualTo(PRODUCT_IDS.get(type));
                    assertThat((String) link.get("agreement_name")).isNotBlank();
                    assertThat(link.get("uri")).isEqualTo(base + "/sandbox/v3/downloads/images/" + image.get("id")
                            + "?height=" + size.get("height") + "&product_type=" + type);
                    linked++;
                }
            }
        }
        assertThat(linked).isPositive();
    }

    @Test
    void aLinkPostedAsIsDownloadsThatSizeWithThatProduct() {
        SandboxV3.reset();
        String user = SandboxV3.userToken();
        Map<String, Object> image = SandboxDownloadsTest.creative();
        Map<String, Object> smallest = maps(v3(user).queryParam("fields", "downloads")
                .get(IMAGES + "/" + image.get("id")).then().statusCode(200).extract().as(JsonBody.class)
                .getMap("images[0]"), "downloads").get(0);
        Map<String, Object> link = maps(smallest, "downloads").get(1);
        v3(user).queryParam("auto_download", "false").post((String) link.get("uri")).then().statusCode(200);

        List<Map<String, Object>> logged = v3().get("/sandbox/control/downloads").then().statusCode(200).extract()
                .as(JsonBody.class).getList("$");
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).get("query")).isEqualTo(Map.of("height", String.valueOf(smallest.get("height")),
                "product_type", link.get("product_type"), "auto_download", "false"));
        assertThat(logged.get(0).get("status")).isEqualTo(200);
    }

    @Test
    void withoutAUserTheFieldIsEmpty() {
        String id = (String) SandboxDownloadsTest.creative().get("id");
        v3().queryParam("fields", "downloads").get(IMAGES + "/" + id).then().statusCode(200)
                .body(at("images[0].downloads", equalTo(List.of())));
        v3(SandboxV3.applicationToken()).queryParam("fields", "downloads,title").get(IMAGES + "/" + id).then()
                .statusCode(200).body(at("images[0].downloads", equalTo(List.of())));
    }

    @Test
    void onlyWhenAskedFor() {
        Map<String, Object> image = images(v3(SandboxV3.userToken()).queryParam("fields", "detail_set")
                .get(IMAGES + "/100000001").then().statusCode(200).extract().as(JsonBody.class)).get(0);
        assertThat(image).doesNotContainKey("downloads");
    }

    @Test
    void searchAcceptsTheFieldToo() {
        JsonBody body = v3(SandboxV3.userToken()).queryParam("fields", "downloads")
                .queryParam("page_size", "20").get("/sandbox/v3/search/images/creative").then().statusCode(200)
                .extract().as(JsonBody.class);
        assertThat(images(body)).allSatisfy(image -> assertThat(image).containsKey("downloads"))
                .anyMatch(image -> !maps(image, "downloads").isEmpty());
        assertThat(images(body)).flatExtracting(image -> maps(image, "downloads"))
                .allSatisfy(size -> assertThat(size).containsKeys("height", "name", "downloads"));
    }

    private static String ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.valueOf(100_000_000 + i))
                .collect(Collectors.joining(","));
    }
}
