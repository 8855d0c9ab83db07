package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxSearchTest.list;
import static com.connectgateway.sandbox.SandboxSearchTest.maps;
import static com.connectgateway.sandbox.SandboxV3.images;
import static com.connectgateway.sandbox.SandboxV3.search;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code /v3/images}: batches, not-found handling, field sets and the download fields. */
@QuarkusTest
@SuppressWarnings("unchecked")
class SandboxImagesTest {

    private static final String IMAGES = "/sandbox/v3/images";

    @Test
    void foundImagesComeInRequestedOrderAndUnknownIdsAreListed() {
        v3().queryParam("ids", "100000007,999,100000003,100000007,abc").get(IMAGES).then()
                .statusCode(200)
                .body(at("images.id", equalTo(List.of("100000007", "100000003"))))
                .body(at("images_not_found", equalTo(List.of("999", "abc"))));
    }

    @Test
    void noKnownIdIsA404() {
        v3().queryParam("ids", "1,2").get(IMAGES).then().statusCode(404)
                .body(at("ErrorCode", equalTo("ImageNotFound"))).body(at("ErrorMessage", containsString("1, 2")));
        v3().get(IMAGES + "/42").then().statusCode(404).body(at("ErrorCode", equalTo("ImageNotFound")));
    }

    @Test
    void idsAreRequiredAndAtMostAHundred() {
        v3().get(IMAGES).then().statusCode(400).body(at("ErrorCode", equalTo("InvalidParameterValue")))
                .body(at("ErrorMessage", containsString("ids")));
        v3().queryParam("ids", " , ").get(IMAGES).then().statusCode(400);
        v3().queryParam("ids", ids(101)).get(IMAGES).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        v3().queryParam("ids", ids(100)).get(IMAGES).then().statusCode(200).body(at("images", hasSize(100)));
        v3().queryParam("ids", "100000001").queryParam("fields", "title,foo").get(IMAGES).then().statusCode(400)
                .body(at("ErrorMessage", containsString("foo")));
        v3().queryParam("ids", "100000001").queryParam("page", "1").get(IMAGES).then().statusCode(400);
    }

    @Test
    void oneImageByPath() {
        v3().get(IMAGES + "/100000002").then().statusCode(200)
                .body(at("images.id", equalTo(List.of("100000002"))))
                .body(at("images_not_found", equalTo(List.of())));
    }

    @Test
    void summarySetAddsTheArtist() {
        Map<String, Object> image = images(v3().get(IMAGES + "/100000001").then().statusCode(200).extract().as(JsonBody.class))
                .get(0);
        assertThat(image).containsOnlyKeys("id", "artist", "asset_family", "caption", "collection_code",
                "collection_id", "collection_name", "display_sizes", "license_model", "max_dimensions", "title");
    }

    @Test
    void detailSetAddsLocationCreditAndDownloadFields() {
        JsonBody body = v3().queryParam("ids", ids(20)).queryParam("fields", "detail_set").get(IMAGES).then()
                .statusCode(200).extract().as(JsonBody.class);
        for (Map<String, Object> image : images(body)) {
            assertThat(image).containsKeys("artist_title", "city", "country", "state_province", "credit_line",
                    "date_submitted", "color_type", "download_sizes", "allowed_use", "referral_destinations",
                    "product_types", "quality_rank", "orientation");
            assertThat(image).doesNotContainKeys("keywords", "largest_downloads", "people");
            assertThat(maps(image, "download_sizes")).isEmpty();
            assertThat((String) image.get("credit_line")).isNotBlank();
        }
        assertThat(images(body)).anyMatch(image -> "AFP/Getty Images".equals(image.get("credit_line"))
                || "Getty Images".equals(image.get("credit_line")));
    }

    @Test
    void downloadSizesAndLargestDownloadsWithAUserToken() {
        String user = SandboxV3.userToken();
        JsonBody body = v3(user).queryParam("ids", ids(40))
                .queryParam("fields", "detail_set,largest_downloads,call_for_image").get(IMAGES).then()
                .statusCode(200).extract().as(JsonBody.class);
        for (Map<String, Object> image : images(body)) {
            Map<String, Object> max = (Map<String, Object>) image.get("max_dimensions");
            List<Map<String, Object>> sizes = maps(image, "download_sizes");
            List<Map<String, Object>> jpegs = sizes.stream().filter(s -> s.get("media_type").equals("image/jpeg"))
                    .toList();
            assertThat(jpegs).hasSizeBetween(3, 4);
            Map<String, Object> largest = jpegs.get(jpegs.size() - 1);
            assertThat(largest).containsEntry("width", max.get("width")).containsEntry("height", max.get("height"));
            for (Map<String, Object> size : jpegs) {
                assertThat(size).containsOnlyKeys("bytes", "height", "width", "media_type", "name", "dpi");
                long pixels = ((Number) size.get("width")).longValue() * ((Number) size.get("height")).longValue();
                assertThat(((Number) size.get("bytes")).longValue()).isEqualTo(Math.round(pixels * 0.4));
            }
            boolean vector = "vector".equals(image.get("graphical_style"));
            assertThat(sizes.size() - jpegs.size()).isEqualTo(vector ? 1 : 0);

            List<Map<String, Object>> largestDownloads = maps(image, "largest_downloads");
            if (Boolean.TRUE.equals(image.get("call_for_image")) || list(image, "product_types").isEmpty()) {
                assertThat(largestDownloads).isEmpty();
                continue;
            }
            assertThat(largestDownloads).hasSize(1);
            Map<String, Object> download = largestDownloads.get(0);
            assertThat(download).containsEntry("width", largest.get("width")).containsEntry("dpi", 300)
                    .containsEntry("media_type", "image/jpeg");
            List<Map<String, Object>> links = maps(download, "downloads");
            assertThat(links).extracting(l -> l.get("product_type"))
                    .containsExactlyElementsOf(list(image, "product_types"));
        }
        assertThat(images(body)).anyMatch(image -> !maps(image, "largest_downloads").isEmpty());
    }

    @Test
    void vectorsAlsoOfferEps() {
        String vector = search("/sandbox/v3/search/images/creative", Map.of("file_types", "eps", "fields", "id"))
                .getString("images[0].id");
        List<Map<String, Object>> sizes = v3(SandboxV3.userToken()).queryParam("fields", "download_sizes")
                .get(IMAGES + "/" + vector).then().statusCode(200).extract().as(JsonBody.class).getList("images[0].download_sizes");
        assertThat(sizes).anyMatch(size -> size.get("media_type").equals("application/postscript")
                && size.get("name").equals("eps"));
    }

    @Test
    void downloadFieldsStayEmptyWithoutAUser() {
        v3(SandboxV3.applicationToken()).queryParam("fields", "download_sizes,largest_downloads")
                .get(IMAGES + "/100000001").then().statusCode(200)
                .body(at("images[0].download_sizes", equalTo(List.of())))
                .body(at("images[0].largest_downloads", equalTo(List.of())));
    }

    @Test
    void anInvalidTokenIsRefused() {
        v3("expired-or-forged").get(IMAGES + "/100000001").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
    }

    @Test
    void editorialImagesCarryPeopleSourceAndKeywords() {
        String id = search("/sandbox/v3/search/images/editorial", Map.of("specific_people", "Marco Bellandi",
                "fields", "id")).getString("images[0].id");
        Map<String, Object> image = images(v3().queryParam("fields", "people,editorial_source,keywords,event_ids")
                .get(IMAGES + "/" + id).then().statusCode(200).extract().as(JsonBody.class)).get(0);
        assertThat(list(image, "people")).contains("Marco Bellandi");
        assertThat((Map<String, Object>) image.get("editorial_source")).containsKeys("id", "name");
        assertThat(list(image, "event_ids")).isNotEmpty();
        assertThat(maps(image, "keywords")).anyMatch(k -> "SpecificPeople".equals(((Map<?, ?>) k).get("type"))
                && "Marco Bellandi".equals(((Map<?, ?>) k).get("text")));
    }

    @Test
    void collectionsNeedAToken() {
        v3().get("/sandbox/v3/collections").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        JsonBody body = v3(SandboxV3.applicationToken()).get("/sandbox/v3/collections").then().statusCode(200)
                .extract().as(JsonBody.class);
        List<Map<String, Object>> collections = body.getList("collections");
        assertThat(collections).hasSize(12);
        assertThat(collections.get(0)).isEqualTo(Map.of("id", 1, "code", "PHD", "name", "Photodisc",
                "asset_family", "creative", "license_model", "royaltyfree",
                "product_types", List.of("premiumaccess", "royaltyfreesubscription", "imagepack")));
        assertThat(collections.stream().map(c -> c.get("code")).collect(Collectors.toList()))
                .contains("STO", "DV", "GETTY", "SPT", "ENT", "ARC");
    }

    private static String ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.valueOf(100_000_000 + i))
                .collect(Collectors.joining(","));
    }
}
