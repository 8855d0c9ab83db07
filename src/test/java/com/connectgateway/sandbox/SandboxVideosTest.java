package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The v3 video searches and {@code /v3/videos}: phrases, paging, orders, family parameters, filters, fields. */
@QuarkusTest
class SandboxVideosTest {

    static final String CREATIVE = "/sandbox/v3/search/videos/creative";
    static final String EDITORIAL = "/sandbox/v3/search/videos/editorial";

    static JsonBody search(String path, Map<String, ?> query) {
        return SandboxV3.search(path, query);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static List<Map<String, Object>> videos(JsonBody body) {
        return (List) body.getList("videos", Map.class);
    }

    static String firstId(String path, Map<String, ?> query) {
        return search(path, query).getString("videos[0].id");
    }

    @Test
    void dogFindsDozensOfVideosInBothFamilies() {
        int creative = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog"));
        int editorial = SandboxV3.resultCount(EDITORIAL, Map.of("phrase", "dog"));
        assertThat(creative).isGreaterThan(24);
        assertThat(editorial).isGreaterThan(24);
        JsonBody body = search(CREATIVE, Map.of("phrase", "dog"));
        assertThat(videos(body)).hasSize(30);
        Map<String, Object> first = videos(body).get(0);
        assertThat(first).containsOnlyKeys("id", "asset_family", "caption", "collection_code", "collection_name",
                "display_sizes", "license_model", "title");
        assertThat((String) first.get("id")).hasSize(18).startsWith("1");
        assertThat(first.get("asset_family")).isEqualTo("creative");
        assertThat(((String) first.get("title") + first.get("caption")).toLowerCase()).contains("dog");
        System.out.println("video counts: dog " + creative + "/" + editorial
                + ", city " + SandboxV3.resultCount(CREATIVE, Map.of("phrase", "city")) + "/"
                + SandboxV3.resultCount(EDITORIAL, Map.of("phrase", "city"))
                + ", football " + SandboxV3.resultCount(CREATIVE, Map.of("phrase", "football")) + "/"
                + SandboxV3.resultCount(EDITORIAL, Map.of("phrase", "football")));
    }

    @Test
    void pagesDoNotOverlapAndTheCountIsStable() {
        JsonBody one = search(EDITORIAL, Map.of("phrase", "city", "page_size", 10, "page", 1));
        JsonBody two = search(EDITORIAL, Map.of("phrase", "city", "page_size", 10, "page", 2));
        assertThat(one.getInt("result_count")).isEqualTo(two.getInt("result_count"));
        List<String> first = one.getList("videos.id");
        List<String> second = two.getList("videos.id");
        assertThat(first).hasSize(10).doesNotContainAnyElementsOf(second);
        assertThat(search(EDITORIAL, Map.of("phrase", "city", "page_size", 20)).<String>getList("videos.id"))
                .containsExactlyElementsOf(concat(first, second));
        v3().queryParam("page", 0).get(CREATIVE).then().statusCode(400);
        v3().queryParam("page_size", 101).get(CREATIVE).then().statusCode(400);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void sortOrdersAreHonouredAndOldestIsEditorialOnly() {
        List<String> dates = search(EDITORIAL, Map.of("phrase", "football", "sort_order", "oldest",
                "fields", "date_created", "page_size", 50)).getList("videos.date_created");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.comparing(java.time.OffsetDateTime::parse));
        for (String order : List.of("best_match", "most_popular", "newest", "random")) {
            assertThat(SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog", "sort_order", order)))
                    .isEqualTo(SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog")));
        }
        assertThat(firstId(CREATIVE, Map.of("phrase", "dog", "sort_order", "random")))
                .isNotEqualTo(firstId(CREATIVE, Map.of("phrase", "dog")));
        v3().queryParam("sort_order", "oldest").get(CREATIVE).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
    }

    @Test
    void parametersOfTheOtherFamilyAreRefused() {
        for (String name : List.of("editorial_video_types", "event_ids", "specific_people", "date_from", "bogus")) {
            v3().queryParam(name, "raw").get(CREATIVE).then().statusCode(400)
                    .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        }
        for (String name : List.of("exclude_nudity", "license_models", "bogus")) {
            v3().queryParam(name, "true").get(EDITORIAL).then().statusCode(400);
        }
        v3().queryParam("format_available", "hd,sd").get(CREATIVE).then().statusCode(400);
        v3().queryParam("format_available", "8k").get(CREATIVE).then().statusCode(400);
        v3().queryParam("license_models", "rightsmanaged").get(CREATIVE).then().statusCode(400);
        given401();
    }

    private static void given401() {
        io.restassured.RestAssured.given().port(SandboxV3.port()).get(CREATIVE).then().statusCode(401);
    }

    @Test
    void filtersNarrowTheResults() {
        int all = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog"));
        int hd = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog", "format_available", "hd"));
        int fourK = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog", "format_available", "4k"));
        int sd = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog", "format_available", "sd"));
        assertThat(fourK).isPositive().isLessThan(hd);
        assertThat(hd).isLessThan(sd);
        assertThat(sd).isEqualTo(all);
        int royaltyFree = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog", "license_models", "royaltyfree"));
        int rightsReady = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "dog", "license_models", "rightsready"));
        assertThat(royaltyFree).isPositive();
        assertThat(rightsReady).isPositive();
        assertThat(royaltyFree + rightsReady).isEqualTo(all);
        assertThat(search(CREATIVE, Map.of("phrase", "dog", "license_models", "rightsready", "fields",
                "license_model", "page_size", 100)).<String>getList("videos.license_model")).containsOnly("rightsready");
        int raw = SandboxV3.resultCount(EDITORIAL, Map.of("phrase", "dog", "editorial_video_types", "raw"));
        int produced = SandboxV3.resultCount(EDITORIAL, Map.of("phrase", "dog", "editorial_video_types", "produced"));
        assertThat(raw).isPositive();
        assertThat(produced).isPositive();
        assertThat(raw + produced).isEqualTo(SandboxV3.resultCount(EDITORIAL, Map.of("phrase", "dog")));
        int clothed = SandboxV3.resultCount(CREATIVE, Map.of("phrase", "people", "exclude_nudity", "true"));
        assertThat(clothed).isLessThanOrEqualTo(SandboxV3.resultCount(CREATIVE, Map.of("phrase", "people")));
        List<String> hdSizes = search(CREATIVE, Map.of("phrase", "dog", "format_available", "hd",
                "fields", "download_sizes")).getList("videos.download_sizes.name");
        assertThat(hdSizes.toString()).contains("hd1");
    }

    @Test
    void fieldSetsAndUnknownFields() {
        Map<String, Object> detail = videos(search(EDITORIAL, Map.of("phrase", "football", "fields", "detail_set")))
                .get(0);
        assertThat(detail).containsKeys("allowed_use", "artist", "clip_length", "era", "event_ids", "mastered_to",
                "originally_shot_on", "shot_speed", "source", "download_sizes", "quality_rank", "copyright");
        assertThat((String) detail.get("clip_length")).matches("\\d\\d:\\d\\d:\\d\\d:\\d\\d");
        assertThat(detail.get("license_model")).isEqualTo("rightsready");
        assertThat((List<?>) detail.get("event_ids")).isNotEmpty();
        assertThat(detail.get("source")).isNotNull();
        Map<String, Object> display = videos(search(CREATIVE, Map.of("phrase", "dog", "fields", "display_set"))).get(0);
        assertThat(display).containsOnlyKeys("id", "display_sizes", "key_frames");
        assertThat(JsonBody.<List<String>>read(display, "display_sizes.name")).containsExactly("comp", "preview",
                "thumb");
        assertThat(JsonBody.<String>read(display, "display_sizes[1].uri")).endsWith("/preview.mp4");
        assertThat(JsonBody.<List<String>>read(display, "display_sizes.aspect_ratio")).containsOnly("16:9");
        assertThat((List<?>) display.get("key_frames")).hasSize(5);
        v3().queryParam("fields", "id,max_dimensions").get(CREATIVE).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
    }

    @Test
    void videosByIdFoundNotFoundAnd404() {
        String id = firstId(CREATIVE, Map.of("phrase", "dog"));
        String handMade = "100000000100000001"; // the video of hand-made image 100000001
        v3().queryParam("ids", id + ",999," + handMade).queryParam("fields", "id,title,keywords")
                .get("/sandbox/v3/videos").then().statusCode(200)
                .body(at("videos.id", equalTo(List.of(id, handMade))))
                .body(at("videos_not_found", equalTo(List.of("999"))))
                .body(at("videos[0].keywords[0].relevance", org.hamcrest.Matchers.instanceOf(Integer.class)));
        v3().queryParam("ids", "100000001,42").get("/sandbox/v3/videos").then().statusCode(404)
                .body(at("ErrorCode", equalTo("VideoNotFound")));
        v3().get("/sandbox/v3/videos/" + id).then().statusCode(200).body(at("videos", hasSize(1)));
        String many = String.join(",", java.util.stream.IntStream.range(0, 101).mapToObj(String::valueOf).toList());
        v3().queryParam("ids", many).get("/sandbox/v3/videos").then().statusCode(400);
    }

    @Test
    void keyFramesAndPicturesAreServed() {
        Map<String, Object> video = videos(search(CREATIVE, Map.of("phrase", "dog", "fields", "display_set"))).get(0);
        for (String uri : JsonBody.<List<String>>read(video, "key_frames.uri")) {
            assertThat(io.restassured.RestAssured.given().get(uri).then().statusCode(200).extract().contentType())
                    .isEqualTo("image/png");
        }
        String preview = JsonBody.read(video, "display_sizes[1].uri");
        assertThat(io.restassured.RestAssured.given().get(preview).then().statusCode(200).extract().contentType())
                .isEqualTo("video/mp4");
    }
}
