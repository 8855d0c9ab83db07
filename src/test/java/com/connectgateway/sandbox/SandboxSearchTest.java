package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.images;
import static com.connectgateway.sandbox.SandboxV3.resultCount;
import static com.connectgateway.sandbox.SandboxV3.search;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The v3 image searches: catalog size, phrase matching, ordering, paging and the response shape. */
@QuarkusTest
class SandboxSearchTest {

    private static final String BLENDED = "/sandbox/v3/search/images";
    private static final String CREATIVE = "/sandbox/v3/search/images/creative";
    private static final String EDITORIAL = "/sandbox/v3/search/images/editorial";

    @Test
    void theCatalogHoldsOverAThousandImagesAboutHalfOfEachFamily() {
        int all = resultCount(BLENDED, Map.of());
        int creative = resultCount(CREATIVE, Map.of());
        int editorial = resultCount(EDITORIAL, Map.of());
        assertThat(all).isGreaterThanOrEqualTo(1200).isEqualTo(creative + editorial);
        assertThat(creative).isBetween(all * 2 / 5, all * 3 / 5);
    }

    @Test
    void theSameSearchGivesTheSameAnswer() {
        Map<String, String> query = Map.of("phrase", "city", "sort_order", "random", "page", "2",
                "fields", "detail_set,keywords");
        String first = v3().queryParams(query).get(BLENDED).then().statusCode(200).extract().asString();
        String second = v3().queryParams(query).get(BLENDED).then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void withoutFieldsAPageOfThirtySummariesWithThumbs() {
        List<Map<String, Object>> images = images(search(CREATIVE, Map.of("phrase", "coffee")));
        assertThat(images).hasSize(30);
        for (Map<String, Object> image : images) {
            assertThat(image).containsOnlyKeys("id", "asset_family", "caption", "collection_code", "collection_id",
                    "collection_name", "display_sizes", "license_model", "max_dimensions", "title");
            assertThat((String) image.get("id")).matches("\\d{9}");
            assertThat(image.get("asset_family")).isEqualTo("creative");
            List<Map<String, Object>> sizes = maps(image, "display_sizes");
            assertThat(sizes).hasSize(1);
            assertThat(sizes.get(0)).containsEntry("name", "thumb").containsEntry("is_watermarked", false);
            assertThat((String) sizes.get(0).get("uri"))
                    .isEqualTo("http://localhost:" + SandboxV3.port() + "/sandbox/media/" + image.get("id") + "/thumb.png");
        }
    }

    @Test
    void detailSetHasTheDocumentedFieldsAndEmptyOnesStayPresent() {
        JsonBody body = search(CREATIVE, Map.of("fields", "detail_set,people,editorial_source,uri_oembed,keywords",
                "page_size", "100"));
        for (Map<String, Object> image : images(body)) {
            assertThat(image).containsOnlyKeys("id", "allowed_use", "artist", "asset_family", "call_for_image",
                    "caption", "collection_code", "collection_id", "collection_name", "copyright", "date_created",
                    "display_sizes", "editorial_segments", "event_ids", "graphical_style", "license_model",
                    "max_dimensions", "orientation", "product_types", "quality_rank", "referral_destinations", "title",
                    "people", "editorial_source", "uri_oembed", "keywords");
            // Editorial-only fields on creative images: present, empty.
            assertThat(image.get("editorial_source")).isNull();
            assertThat(list(image, "people")).isEmpty();
            assertThat(list(image, "editorial_segments")).isEmpty();
            assertThat(list(image, "event_ids")).isEmpty();
            assertThat(maps(image, "display_sizes")).extracting(size -> size.get("name"))
                    .containsExactly("comp", "preview", "thumb");
            assertThat((String) image.get("date_created"))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
            assertThat(maps(image, "keywords")).hasSizeBetween(5, 15);
        }
        List<Map<String, Object>> images = images(body);
        assertThat(images).anyMatch(image -> image.get("caption") == null);
        assertThat(images).anyMatch(image -> image.get("uri_oembed") == null);
        assertThat(images).anyMatch(image -> image.get("uri_oembed") != null);
    }

    @Test
    void compAndPreviewAreWatermarkedAndThumbsNotAsInTheRealSamples() {
        for (Map<String, Object> image : images(search(BLENDED, Map.of("fields", "display_set", "page_size", "100")))) {
            for (Map<String, Object> size : maps(image, "display_sizes")) {
                assertThat(size.get("is_watermarked")).as("%s of %s", size.get("name"), image.get("id"))
                        .isEqualTo(!size.get("name").equals("thumb"));
            }
        }
    }

    @Test
    void unknownFieldIsRefused() {
        v3().queryParam("fields", "title,shoe_size").get(CREATIVE).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ZÜRICH", "zürich hauptbahnhof", "東京タワー", "café de flore", "SÃO PAULO", "ørestad" })
    void phraseMatchingIsCaseInsensitiveAndUnicodeAware(String phrase) {
        List<Map<String, Object>> images = images(search(BLENDED, Map.of("phrase", phrase,
                "fields", "title,caption,keywords", "page_size", "100")));
        assertThat(images).isNotEmpty();
        for (String term : phrase.toLowerCase(Locale.ROOT).split(" ")) {
            assertThat(images).allMatch(image -> searchable(image).contains(term));
        }
    }

    @Test
    void everyTermOfThePhraseMustOccur() {
        int coffee = resultCount(CREATIVE, Map.of("phrase", "coffee"));
        int latte = resultCount(CREATIVE, Map.of("phrase", "coffee latte"));
        assertThat(latte).isPositive().isLessThan(coffee);
        assertThat(resultCount(CREATIVE, Map.of("phrase", "coffee xqzvbnm"))).isZero();
    }

    @Test
    void bestMatchPutsTitleHitsFirst() {
        List<Map<String, Object>> images = images(search(BLENDED, Map.of("phrase", "barista", "fields", "title")));
        assertThat((String) images.get(0).get("title")).containsIgnoringCase("barista");
    }

    @ParameterizedTest
    @CsvSource({ "creative,best_match", "creative,most_popular", "creative,newest", "creative,random",
            "editorial,oldest", "editorial,newest", ",best_match", ",random" })
    void pagesCoverAllMatchesWithoutOverlap(String family, String sortOrder) {
        String path = family == null ? BLENDED : BLENDED + "/" + family;
        int total = resultCount(path, Map.of("phrase", "e", "sort_order", sortOrder));
        assertThat(total).isGreaterThan(120);
        List<String> seen = new ArrayList<>();
        for (int page = 1; (page - 1) * 50 < total; page++) {
            JsonBody body = search(path, Map.of("phrase", "e", "sort_order", sortOrder, "page", page,
                    "page_size", 50, "fields", "id"));
            assertThat(body.getInt("result_count")).isEqualTo(total);
            seen.addAll(body.getList("images.id", String.class));
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(images(search(path, Map.of("phrase", "e", "page", total / 50 + 2, "page_size", 50)))).isEmpty();
    }

    @Test
    void newestAndOldestOrderByDate() {
        List<OffsetDateTime> submitted = dates(search(CREATIVE, Map.of("sort_order", "newest",
                "fields", "date_submitted", "page_size", "100")), "date_submitted");
        assertThat(submitted).isSortedAccordingTo((a, b) -> b.toInstant().compareTo(a.toInstant()));
        List<OffsetDateTime> created = dates(search(EDITORIAL, Map.of("sort_order", "oldest",
                "fields", "date_created", "page_size", "100")), "date_created");
        assertThat(created).isSortedAccordingTo((a, b) -> a.toInstant().compareTo(b.toInstant()));
        assertThat(created.get(0).getYear()).isLessThan(1960);
    }

    @Test
    void randomOrderDependsOnThePhrase() {
        List<String> random = search(CREATIVE, Map.of("sort_order", "random", "fields", "id")).getList("images.id");
        List<String> byMatch = search(CREATIVE, Map.of("fields", "id")).getList("images.id");
        List<String> otherPhrase = search(CREATIVE, Map.of("sort_order", "random", "phrase", "a", "fields", "id"))
                .getList("images.id");
        assertThat(random).isNotEqualTo(byMatch).isNotEqualTo(otherPhrase);
    }

    @Test
    void germanAcceptLanguageTranslatesCommonKeywords() {
        Map<String, String> query = Map.of("phrase", "business", "fields", "keywords", "page_size", "100");
        String german = v3().header("Accept-Language", "de-DE,de;q=0.9").queryParams(query).get(CREATIVE).then()
                .statusCode(200).header("Content-Language", "de").extract().asString();
        String english = v3().header("Accept-Language", "xx-YY").header("GI-Country-Code", "DEU").queryParams(query)
                .get(CREATIVE).then().statusCode(200).header("Content-Language", "en-US").extract().asString();
        assertThat(german).contains("\"Geschäft\"").doesNotContain("\"Business\"");
        assertThat(english).contains("\"Business\"").doesNotContain("\"Geschäft\"");
    }

    @Test
    void anInvalidBearerTokenIsRefusedButNoTokenIsFine() {
        v3("not-a-token").get(CREATIVE).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        v3().header("Authorization", "Basic c2FuZGJveDpzZWNyZXQ=").get(EDITORIAL).then().statusCode(401);
        v3(SandboxV3.applicationToken()).get(CREATIVE).then().statusCode(200);
        v3().get(CREATIVE).then().statusCode(200);
    }

    @Test
    void largestDownloadsNeedATokenWithAUser() {
        Map<String, String> query = Map.of("fields", "largest_downloads,product_types,call_for_image",
                "page_size", "100");
        for (String token : new String[] { null, SandboxV3.applicationToken() }) {
            var request = token == null ? v3() : v3(token);
            JsonBody body = request.queryParams(query).get(BLENDED).then().statusCode(200).extract().as(JsonBody.class);
            assertThat(images(body)).allMatch(image -> maps(image, "largest_downloads").isEmpty());
        }
        String user = SandboxV3.userToken();
        List<Map<String, Object>> images = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            images.addAll(images(v3(user).queryParams(query).queryParam("page", page).get(BLENDED).then()
                    .statusCode(200).extract().as(JsonBody.class)));
        }
        assertThat(images).anyMatch(image -> Boolean.TRUE.equals(image.get("call_for_image")));
        for (Map<String, Object> image : images) {
            List<Map<String, Object>> downloads = maps(image, "largest_downloads");
            if (Boolean.TRUE.equals(image.get("call_for_image"))) {
                assertThat(downloads).isEmpty();
                continue;
            }
            assertThat(downloads).extracting(d -> d.get("product_type"))
                    .containsExactlyElementsOf(list(image, "product_types"));
            for (Map<String, Object> download : downloads) {
                assertThat(download).containsOnlyKeys("product_id", "product_type", "uri", "agreement_name");
                assertThat((String) download.get("product_id")).matches("\\d+");
                assertThat(download.get("uri")).isEqualTo("http://localhost:" + SandboxV3.port()
                        + "/sandbox/v3/downloads/images/" + image.get("id"));
            }
        }
    }

    private static String searchable(Map<String, Object> image) {
        String keywords = maps(image, "keywords").stream().map(k -> (String) k.get("text"))
                .collect(Collectors.joining(" "));
        return (image.get("title") + " " + image.get("caption") + " " + keywords).toLowerCase(Locale.ROOT);
    }

    private static List<OffsetDateTime> dates(JsonBody body, String field) {
        return body.getList("images." + field, String.class).stream().map(OffsetDateTime::parse).toList();
    }

    /** A list field, which must be present (requested fields are never omitted). */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> image, String field) {
        assertThat(image).containsKey(field);
        return (List<Object>) image.get(field);
    }

    /** A list-of-objects field such as keywords or display_sizes. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> image, String field) {
        assertThat(image).containsKey(field);
        return (List<Map<String, Object>>) image.get(field);
    }

    static Set<String> strings(List<?> values) {
        return new HashSet<>(values.stream().map(String::valueOf).toList());
    }
}
