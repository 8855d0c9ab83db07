package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxSearchTest.list;
import static com.connectgateway.sandbox.SandboxSearchTest.maps;
import static com.connectgateway.sandbox.SandboxV3.images;
import static com.connectgateway.sandbox.SandboxV3.resultCount;
import static com.connectgateway.sandbox.SandboxV3.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Each search filter keeps some images, drops others, and every image it keeps satisfies it. */
@QuarkusTest
class SandboxSearchFiltersTest {

    private static final String BLENDED = "/sandbox/v3/search/images";
    private static final String CREATIVE = "/sandbox/v3/search/images/creative";
    private static final String EDITORIAL = "/sandbox/v3/search/images/editorial";

    /**
     * Searches with and without {@code filter}: the filtered count must be positive and smaller,
     * and every image of the first filtered page must pass {@code check}.
     */
    private static void narrows(String path, Map<String, String> filter, String fields,
            Predicate<Map<String, Object>> check) {
        int unfiltered = resultCount(path, Map.of());
        Map<String, String> query = new HashMap<>(filter);
        query.put("fields", fields);
        query.put("page_size", "100");
        JsonBody body = search(path, query);
        assertThat(body.getInt("result_count")).as("matches of %s", filter).isPositive().isLessThan(unfiltered);
        assertThat(images(body)).as("images of %s", filter).isNotEmpty().allMatch(check);
    }

    @Test
    void orientations() {
        narrows(BLENDED, Map.of("orientations", "vertical"), "orientation", i -> i.get("orientation").equals("Vertical"));
        narrows(CREATIVE, Map.of("orientations", "PANORAMIC_HORIZONTAL,square"), "orientation",
                i -> Set.of("PanoramicHorizontal", "Square").contains(i.get("orientation")));
    }

    @Test
    void graphicalStyles() {
        narrows(CREATIVE, Map.of("graphical_styles", "vector"), "graphical_style",
                i -> i.get("graphical_style").equals("vector"));
        narrows(BLENDED, Map.of("graphical_styles", "photography", "graphical_styles_filter_type", "exclude"),
                "graphical_style", i -> !i.get("graphical_style").equals("photography"));
    }

    @Test
    void editorialSegmentsAndEvents() {
        narrows(EDITORIAL, Map.of("editorial_segments", "sport"), "editorial_segments",
                i -> list(i, "editorial_segments").contains("sport"));
        narrows(BLENDED, Map.of("editorial_segments", "royalty,archival"), "editorial_segments",
                i -> list(i, "editorial_segments").stream().anyMatch(s -> s.equals("royalty") || s.equals("archival")));
        int event = search(EDITORIAL, Map.of("phrase", "premiere", "fields", "event_ids")).getInt("images[0].event_ids[0]");
        narrows(EDITORIAL, Map.of("event_ids", String.valueOf(event)), "event_ids",
                i -> list(i, "event_ids").contains(event));
        assertThat(resultCount(EDITORIAL, Map.of("event_ids", String.valueOf(event)))).isGreaterThan(3);
    }

    @Test
    void keywordIdsMustAllBePresent() {
        List<Map<String, Object>> keywords = maps(images(search(CREATIVE, Map.of("phrase", "barista",
                "fields", "keywords"))).get(0), "keywords");
        String first = (String) keywords.get(0).get("keyword_id");
        String second = (String) keywords.get(1).get("keyword_id");
        narrows(BLENDED, Map.of("keyword_ids", first + "," + second), "keywords", i -> {
            List<Object> ids = maps(i, "keywords").stream().map(k -> k.get("keyword_id")).toList();
            return ids.contains(first) && ids.contains(second);
        });
        assertThat(resultCount(BLENDED, Map.of("keyword_ids", first + "," + second)))
                .isLessThanOrEqualTo(resultCount(BLENDED, Map.of("keyword_ids", first)));
    }

    @Test
    void specificPeopleMustAllAppear() {
        narrows(EDITORIAL, Map.of("specific_people", "marco bellandi"), "people",
                i -> list(i, "people").contains("Marco Bellandi"));
        narrows(BLENDED, Map.of("specific_people", "Søren Kjærgaard"), "people",
                i -> list(i, "people").contains("Søren Kjærgaard"));
        assertThat(resultCount(EDITORIAL, Map.of("specific_people", "Marco Bellandi,Zoë Hartmann"))).isZero();
    }

    @Test
    void dateRangeIsInclusiveOnDateCreated() {
        LocalDate from = LocalDate.of(2010, 1, 1);
        LocalDate to = LocalDate.of(2014, 12, 31);
        narrows(EDITORIAL, Map.of("date_from", from.toString(), "date_to", to.toString()), "date_created", i -> {
            LocalDate created = OffsetDateTime.parse((String) i.get("date_created")).toLocalDate();
            return !created.isBefore(from) && !created.isAfter(to);
        });
        String day = search(EDITORIAL, Map.of("fields", "date_created")).getString("images[0].date_created")
                .substring(0, 10);
        assertThat(resultCount(EDITORIAL, Map.of("date_from", day, "date_to", day))).isPositive();
    }

    @Test
    void nudityEmbeddingAndFileTypes() {
        assertThat(resultCount(CREATIVE, Map.of("exclude_nudity", "true")))
                .isLessThan(resultCount(CREATIVE, Map.of("exclude_nudity", "false")))
                .isEqualTo(resultCount(CREATIVE, Map.of("exclude_nudity", "TRUE")));
        narrows(BLENDED, Map.of("embed_content_only", "true"), "uri_oembed",
                i -> ((String) i.get("uri_oembed")).equals(
                        "https://embed.gettyimages.com/oembed?url=http%3a%2f%2fgty.im%2f" + i.get("id")));
        narrows(CREATIVE, Map.of("file_types", "eps"), "graphical_style", i -> i.get("graphical_style").equals("vector"));
        assertThat(resultCount(CREATIVE, Map.of("file_types", "eps")))
                .isEqualTo(resultCount(CREATIVE, Map.of("graphical_styles", "vector")));
    }

    @Test
    void downloadProductAndCollections() {
        narrows(BLENDED, Map.of("download_product", "premiumaccess:1234"), "product_types",
                i -> list(i, "product_types").contains("premiumaccess"));
        narrows(EDITORIAL, Map.of("download_product", "easyaccess"), "product_types",
                i -> list(i, "product_types").contains("easyaccess"));
        narrows(BLENDED, Map.of("collection_codes", "phd,STO"), "collection_code,collection_id",
                i -> Set.of("PHD", "STO").contains(i.get("collection_code")));
        narrows(BLENDED, Map.of("collection_codes", "PHD,GETTY", "collections_filter_type", "exclude"),
                "collection_code", i -> !Set.of("PHD", "GETTY").contains(i.get("collection_code")));
        narrows(BLENDED, Map.of("collection_codes", "ARC"), "asset_family,collection_name,license_model",
                i -> i.get("asset_family").equals("editorial") && i.get("collection_name").equals("Hulton Archive")
                        && i.get("license_model").equals("rightsmanaged"));
    }

    @Test
    void artistsQualityAndNumberOfPeople() {
        String artist = search(CREATIVE, Map.of("fields", "artist")).getString("images[0].artist");
        narrows(CREATIVE, Map.of("artists", artist), "artist", i -> i.get("artist").equals(artist));
        narrows(EDITORIAL, Map.of("minimum_quality_rank", "1"), "quality_rank", i -> i.get("quality_rank").equals(1));
        narrows(CREATIVE, Map.of("number_of_people", "none"), "keywords",
                i -> maps(i, "keywords").stream().anyMatch(k -> "No People".equals(k.get("text"))));
    }

    @Test
    void filtersCombineWithThePhrase() {
        int phraseOnly = resultCount(CREATIVE, Map.of("phrase", "coffee"));
        int combined = resultCount(CREATIVE, Map.of("phrase", "coffee", "orientations", "horizontal"));
        assertThat(combined).isPositive().isLessThan(phraseOnly);
    }
}
