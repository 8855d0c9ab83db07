package com.connectgateway.operations.search;

import static com.connectgateway.operations.search.SearchBodies.plan;
import static com.connectgateway.operations.search.SearchBodies.query;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.editorial;
import static com.connectgateway.support.SearchRequests.part;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.wire.StatusEntry;
import com.connectgateway.wire.StatusType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each legacy search member and the v3 query it becomes; pure translation, no server. */
class SearchRequestTranslatorTest {

    @Test
    void phraseFamilyAndFields() {
        Map<String, Object> body = creative(body(26, 25));
        part(body, "Query").put("SearchPhrase", "city skyline");
        SearchPlan plan = plan(body, true);
        assertThat(plan.segments()).extracting(SearchPlan.Segment::family).containsExactly("creative");
        assertThat(plan.itemStartNumber()).isEqualTo(26);
        assertThat(plan.itemCount()).isEqualTo(25);
        Map<String, String> query = plan.segments().get(0).query();
        assertThat(query).containsEntry("phrase", "city skyline").containsEntry("sort_order", "most_popular");
        assertThat(query.get("fields").split(",")).contains("detail_set", "display_set", "uri_oembed", "date_submitted",
                "largest_downloads").doesNotContain("keywords");
    }

    @Test
    void largestDownloadsNeedsAUserSession() {
        SearchPlan plan = plan(creative(body(1, 5)), false);
        assertThat(plan.segments().get(0).query().get("fields").split(",")).doesNotContain("largest_downloads");
    }

    @Test
    void includeKeywordsAddsTheKeywordsField() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "ResultOptions").put("IncludeKeywords", true);
        assertThat(query(body).get("fields").split(",")).contains("keywords");
    }

    @Test
    void orientationsAndGraphicStylesAreCommaLists() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Filter").put("Orientations", List.of("horizontal", "PanoramicVertical"));
        part(body, "Filter").put("GraphicStyles", List.of("Photography", "illustration"));
        assertThat(query(body)).containsEntry("orientations", "horizontal,panoramic_vertical")
                .containsEntry("graphical_styles", "photography,illustration");
    }

    @Test
    void editorialMembers() {
        Map<String, Object> body = editorial(body(1, 5));
        part(body, "Filter").put("EditorialSegments", List.of("Sports", "news"));
        part(body, "Query").put("EventId", "501");
        part(body, "Query").put("SpecificPersons", List.of("Anna Berg"));
        part(body, "Query").put("DateCreatedRange", Map.of("StartDate", "2010-01-01", "EndDate", "2014-12-31"));
        part(body, "ResultOptions").put("EditorialSortOrder", "oldest");
        SearchPlan plan = plan(body, true);
        assertThat(plan.segments()).extracting(SearchPlan.Segment::family).containsExactly("editorial");
        Map<String, String> query = plan.segments().get(0).query();
        assertThat(query).containsEntry("editorial_segments", "sport,news").containsEntry("event_ids", "501")
                .containsEntry("specific_people", "Anna Berg").containsEntry("date_from", "2010-01-01")
                .containsEntry("date_to", "2014-12-31").containsEntry("sort_order", "oldest");
        assertThat(query.get("fields").split(",")).contains("editorial_source");
    }

    @Test
    void v1DotNetDatesAreAcceptedToo() {
        Map<String, Object> body = editorial(body(1, 5));
        part(body, "Query").put("DateCreatedRange", Map.of("StartDate", "\\/Date(1315586894349-0700)\\/", "EndDate", "/Date(1325376000000)/"));
        assertThat(query(body)).containsEntry("date_from", "2011-09-09").containsEntry("date_to", "2012-01-01");
    }

    @Test
    void keywordIdsAndCreativeFlags() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Query").put("KeywordIds", List.of(61, "200"));
        part(body, "Filter").put("ExcludeNudity", "true");
        part(body, "Filter").put("EmbedContentOnly", true);
        part(body, "Filter").put("FileTypes", List.of("EPS", "jpg"));
        assertThat(query(body)).containsEntry("keyword_ids", "61,200").containsEntry("exclude_nudity", "true")
                .containsEntry("embed_content_only", "true").containsEntry("file_types", "eps");
    }

    @Test
    void productOfferingAndCollections() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Filter").put("ProductOfferings", List.of("PremiumAccess"));
        part(body, "Filter").put("Collections", Map.of("Ids", List.of("1", 2), "Mode", "Exclude"));
        Map<String, String> query = plan(body, true, "AAA", "BBB").segments().get(0).query();
        assertThat(query).containsEntry("download_product", "premiumaccess").containsEntry("collections_filter_type", "exclude")
                .containsEntry("collection_codes", "AAA,BBB");
        assertThat(SearchMembers.collectionIds(SearchBodies.bind(body))).containsExactly("1", "2");
    }

    @Test
    void sortOrders() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "ResultOptions").put("CreativeSortOrder", "MostRecent");
        assertThat(query(body)).containsEntry("sort_order", "newest");
        Map<String, Object> editorial = editorial(body(1, 5));
        part(editorial, "ResultOptions").put("EditorialSortOrder", "MostPopular");
        assertThat(query(editorial)).containsEntry("sort_order", "most_popular");
        assertThat(query(editorial(body(1, 5)))).containsEntry("sort_order", "newest");
    }

    @Test
    void sortOrdersAreEchoedInTheirLegacySpelling() {
        Map<String, Object> body = body(1, 5);
        part(body, "ResultOptions").put("EditorialSortOrder", "mostrecent");
        SearchPlan plan = plan(body, true);
        assertThat(plan.editorialSortOrder()).isEqualTo("MostRecent");
        assertThat(plan.creativeSortOrder()).isEqualTo("Default");
    }

    @Test
    void noFamilySearchesCreativeThenEditorial() {
        assertThat(plan(body(1, 5), true).segments()).extracting(SearchPlan.Segment::family)
                .containsExactly("creative", "editorial");
    }

    @Test
    void languageBecomesAcceptLanguage() {
        Map<String, Object> body = creative(body(1, 5));
        body.put("Language", "pt-pt");
        assertThat(plan(body, true).acceptLanguage()).isEqualTo("pt-PT");
        Map<String, Object> german = creative(body(1, 5));
        german.put("Language", "de-de");
        assertThat(plan(german, true).acceptLanguage()).isEqualTo("de");
        Map<String, Object> french = creative(body(1, 5));
        french.put("Language", "fr-FR");
        assertThat(plan(french, true).acceptLanguage()).isEqualTo("fr");
    }

    @Test
    void refinementsWithAV3FilterAreApplied() {
        Map<String, Object> body = editorial(body(1, 5));
        part(body, "Filter").put("Refinements", List.of(Map.of("Category", "SpecificPeople", "Id", "Anna Berg"),
                Map.of("Category", "Concept", "Id", "61")));
        assertThat(query(body)).containsEntry("specific_people", "Anna Berg").containsEntry("keyword_ids", "61");
    }

    @Test
    void membersWithoutAV3EquivalentAreReportedNotDropped() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Filter").put("LicensingModels", List.of("RoyaltyFree"));
        part(body, "Filter").put("WhiteBackgroundOnly", true);
        part(body, "Filter").put("EditorialSources", Map.of("Ids", List.of("3"), "Mode", "include"));
        part(body, "Filter").put("Refinements", List.of(Map.of("Category", "Color", "Id", "12")));
        part(body, "Query").put("EntityUris", List.of("http://dbpedia.org/resource/Paris"));
        part(body, "ResultOptions").put("RefinementOptionsSet", "RefinementSet1");
        List<String> information = plan(body, true).notes().stream()
                .filter(note -> note.type() == StatusType.INFORMATION).map(StatusEntry::message).toList();
        for (String member : List.of("LicensingModels", "WhiteBackgroundOnly", "EditorialSources", "Refinements category Color",
                "EntityUris", "RefinementOptionsSet")) {
            assertThat(information).anyMatch(message -> message.contains(member));
        }
    }

    @Test
    void editorialOnlyCriteriaWithoutFamilySearchEditorialOnly() {
        Map<String, Object> body = body(1, 5);
        part(body, "Query").put("EventId", 501);
        SearchPlan plan = plan(body, true);
        assertThat(plan.segments()).extracting(SearchPlan.Segment::family).containsExactly("editorial");
        assertThat(plan.notes().get(0).type()).isEqualTo(StatusType.INFORMATION);
    }

    @Test
    void editorialOnlyCriteriaOnACreativeSearchAreReportedAndNotSent() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Query").put("SpecificPersons", List.of("Anna Berg"));
        SearchPlan plan = plan(body, true);
        assertThat(plan.notes()).extracting(StatusEntry::message)
                .containsExactly("Query.SpecificPersons applies to editorial images only and was ignored.");
        assertThat(plan.segments().get(0).query()).doesNotContainKey("specific_people");
    }
}
