package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.images;
import static com.connectgateway.sandbox.SandboxV3.resultCount;
import static com.connectgateway.sandbox.SandboxV3.search;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Searches for ordinary words and well-known names answer in both families with totals in the
 * thousands, as the real catalog does; gibberish answers nothing; what a search returns resolves
 * everywhere else to the same picture.
 */
@QuarkusTest
class SandboxOpenVocabularySearchTest {

    private static final String BLENDED = "/sandbox/v3/search/images";
    private static final String CREATIVE = BLENDED + "/creative";
    private static final String EDITORIAL = BLENDED + "/editorial";
    private static final String IMAGES = "/sandbox/v3/images";

    @AfterEach
    void reset() {
        SandboxV3.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tree", "angelina jolie", "football", "christmas", "flower", "money", "obama", "dog",
            "kitties", "business", "Kitties", "christmas tree" })
    void ordinaryWordsAndNamesAnswerInBothFamiliesWithThousands(String phrase) {
        int creative = resultCount(CREATIVE, Map.of("phrase", phrase));
        int editorial = resultCount(EDITORIAL, Map.of("phrase", phrase));
        assertThat(creative).as("creative %s", phrase).isGreaterThanOrEqualTo(1_000);
        assertThat(editorial).as("editorial %s", phrase).isGreaterThanOrEqualTo(1_000);
        assertThat(resultCount(BLENDED, Map.of("phrase", phrase))).isEqualTo(creative + editorial);
        List<Map<String, Object>> found = images(search(CREATIVE, Map.of("phrase", phrase, "fields", "title,asset_family")));
        assertThat(found).hasSize(30).allMatch(image -> "creative".equals(image.get("asset_family")));
        assertThat(images(search(EDITORIAL, Map.of("phrase", phrase, "fields", "asset_family"))))
                .hasSize(30).allMatch(image -> "editorial".equals(image.get("asset_family")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "xqzvbnm", "asdkjhqwe", "tree xqzvbnm" })
    void gibberishAnswersNothing(String phrase) {
        for (String path : List.of(CREATIVE, EDITORIAL, BLENDED)) {
            JsonBody body = search(path, Map.of("phrase", phrase));
            assertThat(body.getInt("result_count")).as("%s %s", path, phrase).isZero();
            assertThat(images(body)).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({ "creative,best_match,", "editorial,best_match,", ",best_match,", "creative,newest,",
            "editorial,oldest,", "creative,best_match,horizontal", ",most_popular,vertical" })
    void consecutivePagesNeverOverlapAndKeepTheirTotal(String family, String sortOrder, String orientation) {
        String path = family == null ? BLENDED : BLENDED + "/" + family;
        Map<String, Object> query = new HashMap<>(Map.of("phrase", "dog", "sort_order", sortOrder,
                "page_size", 100, "fields", "id"));
        if (orientation != null) {
            query.put("orientations", orientation);
        }
        List<String> seen = new ArrayList<>();
        int total = -1;
        for (int page : new int[] { 1, 2, 12 }) {
            query.put("page", page);
            JsonBody body = search(path, query);
            if (total < 0) {
                total = body.getInt("result_count");
            }
            assertThat(body.getInt("result_count")).isEqualTo(total);
            List<String> ids = body.getList("images.id", String.class);
            assertThat(ids).hasSize(page * 100 <= total ? 100 : Math.max(0, total - (page - 1) * 100));
            seen.addAll(ids);
        }
        assertThat(total).isGreaterThan(orientation == null ? 1_000 : 200);
        assertThat(seen).doesNotHaveDuplicates();
        query.put("page", total / 100 + 2);
        assertThat(images(search(path, query))).isEmpty();
    }

    @Test
    void theSameQueryGivesTheSameIds() {
        Map<String, String> query = Map.of("phrase", "flower", "page", "3", "fields", "id,title");
        String first = v3().queryParams(query).get(BLENDED).then().statusCode(200).extract().asString();
        String second = v3().queryParams(query).get(BLENDED).then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(search(BLENDED, Map.of("phrase", "money", "page", "3", "fields", "id")).getList("images.id"))
                .isNotEqualTo(search(BLENDED, query).getList("images.id"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "christmas tree", "angelina jolie", "kitties" })
    void aFoundIdResolvesToTheSamePictureWithThePhraseInItsTitleAndKeywords(String phrase) {
        String user = SandboxV3.userToken();
        for (String path : List.of(CREATIVE, EDITORIAL)) {
            Map<String, Object> found = images(search(path, Map.of("phrase", phrase, "page", "5", "page_size", "10",
                    "fields", "detail_set,keywords"))).get(3);
            String id = (String) found.get("id");
            JsonBody detail = v3(user).queryParam("ids", id).queryParam("fields", "title,caption,keywords,asset_family")
                    .get(IMAGES).then().statusCode(200).extract().as(JsonBody.class);
            assertThat(detail.getString("images[0].id")).isEqualTo(id);
            assertThat(detail.getString("images[0].title")).isEqualTo(found.get("title"))
                    .containsIgnoringCase(phrase);
            assertThat(detail.getString("images[0].asset_family")).isEqualTo(found.get("asset_family"));
            assertThat(detail.getList("images[0].keywords.text", String.class))
                    .anyMatch(text -> text.toLowerCase(Locale.ROOT).equals(phrase));
            v3().get(IMAGES + "/" + id).then().statusCode(200);
            given().port(SandboxV3.port()).get("/sandbox/media/" + id + "/thumb.png").then().statusCode(200)
                    .contentType("image/png");
        }
    }

    @Test
    void aFoundPictureCanBeDownloaded() {
        String user = SandboxV3.userToken();
        List<Map<String, Object>> found = images(v3(user).queryParams(Map.of("phrase", "football", "fields",
                "largest_downloads,call_for_image", "page_size", "20")).get(CREATIVE).then().statusCode(200)
                .extract().as(JsonBody.class));
        Map<String, Object> downloadable = found.stream()
                .filter(image -> !((List<?>) image.get("largest_downloads")).isEmpty()).findFirst().orElseThrow();
        String id = (String) downloadable.get("id");
        String uri = v3(user).queryParam("auto_download", "false").post("/sandbox/v3/downloads/images/" + id).then()
                .statusCode(200).extract().as(JsonBody.class).get("uri");
        assertThat(given().get(uri).then().statusCode(200).extract().asByteArray()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void peopleLookEditorialInEditorialResults() {
        List<Map<String, Object>> images = images(search(EDITORIAL, Map.of("phrase", "angelina jolie",
                "fields", "people,editorial_segments,event_ids,caption", "page_size", "50")));
        assertThat(images).allSatisfy(image -> {
            assertThat(list(image.get("people"))).containsExactly("Angelina Jolie");
            assertThat(list(image.get("editorial_segments"))).isNotEmpty();
            assertThat(list(image.get("event_ids"))).hasSize(1);
        });
        assertThat(images(search(CREATIVE, Map.of("phrase", "angelina jolie", "fields", "people,event_ids"))))
                .allMatch(image -> ((List<?>) image.get("people")).isEmpty()
                        && ((List<?>) image.get("event_ids")).isEmpty());
    }

    @Test
    void filtersOnTopicsNarrowAndHold() {
        int all = resultCount(EDITORIAL, Map.of("phrase", "obama"));
        int sport = resultCount(EDITORIAL, Map.of("phrase", "obama", "editorial_segments", "sport"));
        assertThat(sport).isPositive().isLessThan(all);
        assertThat(images(search(EDITORIAL, Map.of("phrase", "obama", "editorial_segments", "sport",
                "fields", "editorial_segments", "page_size", "100"))))
                .allMatch(image -> ((List<?>) image.get("editorial_segments")).contains("sport"));
        assertThat(resultCount(EDITORIAL, Map.of("phrase", "tree", "specific_people", "angelina jolie"))).isZero();
        assertThat(resultCount(EDITORIAL, Map.of("phrase", "angelina jolie", "specific_people", "Angelina Jolie")))
                .isEqualTo(resultCount(EDITORIAL, Map.of("phrase", "angelina jolie")));
    }

    @Test
    void unknownLongIdsAreNotFound() {
        for (String id : List.of("99999999999999999999", "999999999999999999", "10000000000")) {
            v3().queryParam("ids", id).get(IMAGES).then().statusCode(404);
            given().port(SandboxV3.port()).get("/sandbox/media/" + id + "/thumb.png").then().statusCode(404);
        }
    }

    /**
     * Legacy clients keep ImageId in a signed 64-bit integer: no id the sandbox returns may have
     * more than 18 digits, for phrases of one to four content words, people, every family and
     * deep pages; and each resolves through /v3/images to the picture the search showed.
     */
    @ParameterizedTest
    @ValueSource(strings = { "tree", "christmas tree", "portrait of a dog", "black and white dog",
            "christmas tree lights decoration", "angelina jolie", "lionel messi", "angelina jolie on the red carpet",
            "kitties" })
    void everyReturnedIdFitsASigned64BitIntegerAndResolvesToTheSameTitle(String phrase) {
        for (String path : List.of(CREATIVE, EDITORIAL, BLENDED)) {
            for (int page : new int[] { 1, 2, 10 }) {
                JsonBody body = search(path, Map.of("phrase", phrase, "page", page, "page_size", 100,
                        "fields", "id,title"));
                List<Map<String, Object>> found = images(body);
                assertThat(found).as("%s %s page %d", path, phrase, page).hasSize(100);
                Map<String, Object> titles = new HashMap<>();
                for (Map<String, Object> image : found) {
                    String id = (String) image.get("id");
                    assertThat(id).as("%s %s", path, phrase).matches("[1-9][0-9]{5,17}");
                    assertThat(Long.parseLong(id)).isPositive();
                    titles.put(id, image.get("title"));
                }
                if (page == 10) {
                    // Past the hand-made matches: all generated, so longer than the hand-made nine digits.
                    assertThat(titles.keySet()).allMatch(id -> id.length() >= 11);
                    JsonBody detail = v3().queryParam("ids", String.join(",", titles.keySet()))
                            .queryParam("fields", "id,title").get(IMAGES).then().statusCode(200).extract().as(JsonBody.class);
                    Map<String, Object> resolved = new HashMap<>();
                    images(detail).forEach(image -> resolved.put((String) image.get("id"), image.get("title")));
                    assertThat(resolved).isEqualTo(titles);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "black and white dog,black white dog", "christmas tree lights decoration,christmas tree lights decoration",
            "angelina jolie on the red carpet,angelina jolie red carpet" })
    void aLongerPhraseNeverFindsMoreThanAnyOfItsWords(String phrase, String contentWords) {
        for (String path : List.of(CREATIVE, EDITORIAL, BLENDED)) {
            int total = resultCount(path, Map.of("phrase", phrase));
            assertThat(total).as("%s %s", path, phrase).isPositive();
            for (String word : contentWords.split(" ")) {
                assertThat(total).as("%s %s vs %s", path, phrase, word)
                        .isLessThanOrEqualTo(resultCount(path, Map.of("phrase", word)));
            }
        }
    }

    @Test
    void compAndPreviewAreWatermarkedInSearchAndImagesAndServedSo() {
        String id = (String) images(search(CREATIVE, Map.of("phrase", "money", "fields", "id"))).get(0).get("id");
        List<Map<String, Object>> inSearch = displaySizes(search(CREATIVE, Map.of("phrase", "money",
                "fields", "display_set", "page_size", "1")));
        List<Map<String, Object>> inImages = displaySizes(v3().queryParam("ids", id).queryParam("fields", "display_set")
                .get(IMAGES).then().statusCode(200).extract().as(JsonBody.class));
        for (List<Map<String, Object>> sizes : List.of(inSearch, inImages)) {
            assertThat(sizes).extracting(size -> size.get("name") + "=" + size.get("is_watermarked"))
                    .containsExactly("comp=true", "preview=true", "thumb=false");
        }
        byte[] listed = given().get((String) inImages.get(0).get("uri")).then().statusCode(200).extract().asByteArray();
        byte[] clean = given().port(SandboxV3.port()).get("/sandbox/media/" + id + "/comp-unwatermarked.png").then()
                .statusCode(200).extract().asByteArray();
        assertThat(listed).isNotEqualTo(clean);
    }

    @Test
    void aKeyEntitledToUnwatermarkedCompsGetsCleanCompsOnly() {
        given().port(SandboxV3.port()).contentType("application/json").body("{\"unwatermarkedComps\":true}")
                .put("/sandbox/control/comp-entitlement").then().statusCode(200);
        List<Map<String, Object>> sizes = displaySizes(search(CREATIVE, Map.of("phrase", "coffee",
                "fields", "display_set", "page_size", "1")));
        assertThat(sizes).extracting(size -> size.get("name") + "=" + size.get("is_watermarked"))
                .containsExactly("comp=false", "preview=true", "thumb=false");
        assertThat((String) sizes.get(0).get("uri")).endsWith("/comp-unwatermarked.png");
        SandboxV3.reset();
        assertThat(displaySizes(search(CREATIVE, Map.of("phrase", "coffee", "fields", "comp", "page_size", "1")))
                .get(0)).containsEntry("is_watermarked", true);
        given().port(SandboxV3.port()).contentType("application/json").body("{}")
                .put("/sandbox/control/comp-entitlement").then().statusCode(400);
    }

    @Test
    void largestDownloadsAreFlatInSearchesAndSizedInImages() {
        String user = SandboxV3.userToken();
        for (String path : List.of(CREATIVE, EDITORIAL, BLENDED)) {
            for (Map<String, Object> image : images(v3(user).queryParams(Map.of("phrase", "business", "fields",
                    "largest_downloads", "page_size", "40")).get(path).then().statusCode(200).extract().as(JsonBody.class))) {
                for (Object download : (List<?>) image.get("largest_downloads")) {
                    assertThat(map(download)).as(path).containsOnlyKeys("product_id", "product_type", "uri",
                            "agreement_name");
                }
            }
        }
        String ids = String.join(",", search(CREATIVE, Map.of("phrase", "business", "fields", "id", "page_size", "40"))
                .getList("images.id", String.class));
        List<Map<String, Object>> detailed = images(v3(user).queryParam("ids", ids)
                .queryParam("fields", "largest_downloads").get(IMAGES).then().statusCode(200).extract().as(JsonBody.class));
        assertThat(detailed).anyMatch(image -> !((List<?>) image.get("largest_downloads")).isEmpty());
        for (Map<String, Object> image : detailed) {
            for (Object size : (List<?>) image.get("largest_downloads")) {
                assertThat(map(size)).containsOnlyKeys("bytes", "height", "width", "media_type", "name", "dpi",
                        "downloads");
                assertThat(list(((Map<?, ?>) size).get("downloads"))).isNotEmpty()
                        .allSatisfy(link -> assertThat(map(link)).containsOnlyKeys("product_id",
                                "product_type", "uri", "agreement_name"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> displaySizes(JsonBody body) {
        return (List<Map<String, Object>>) images(body).get(0).get("display_sizes");
    }
}
