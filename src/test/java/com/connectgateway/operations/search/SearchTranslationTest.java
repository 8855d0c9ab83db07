package com.connectgateway.operations.search;

import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.editorial;
import static com.connectgateway.support.SearchRequests.lastV3Query;
import static com.connectgateway.support.SearchRequests.lastV3Search;
import static com.connectgateway.support.SearchRequests.part;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each legacy search member, and the v3 query the sandbox received for it. */
@QuarkusTest
class SearchTranslationTest {

    private String token;

    @BeforeEach
    void session() {
        Sandbox.reset();
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    private Map<String, String> sent(Map<String, Object> body) {
        search(token, body).body("ResponseHeader.Status", org.hamcrest.Matchers.not(equalTo("error")));
        return lastV3Query();
    }

    @Test
    void phraseFamilyPagingAndFields() {
        Map<String, Object> body = creative(body(26, 25));
        part(body, "Query").put("SearchPhrase", "city skyline");
        Map<String, String> query = sent(body);
        assertThat(lastV3Search().getString("path")).endsWith("/v3/search/images/creative");
        assertThat(query).containsEntry("phrase", "city skyline").containsEntry("page", "2").containsEntry("page_size", "25")
                .containsEntry("sort_order", "most_popular");
        assertThat(query.get("fields").split(",")).contains("detail_set", "display_set", "uri_oembed", "date_submitted",
                "largest_downloads").doesNotContain("keywords");
    }

    @Test
    void includeKeywordsAddsTheKeywordsField() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "ResultOptions").put("IncludeKeywords", true);
        assertThat(sent(body).get("fields").split(",")).contains("keywords");
    }

    @Test
    void orientationsAndGraphicStylesAreCommaLists() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Filter").put("Orientations", List.of("horizontal", "PanoramicVertical"));
        part(body, "Filter").put("GraphicStyles", List.of("Photography", "illustration"));
        assertThat(sent(body)).containsEntry("orientations", "horizontal,panoramic_vertical")
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
        Map<String, String> query = sent(body);
        assertThat(lastV3Search().getString("path")).endsWith("/v3/search/images/editorial");
        assertThat(query).containsEntry("editorial_segments", "sport,news").containsEntry("event_ids", "501")
                .containsEntry("specific_people", "Anna Berg").containsEntry("date_from", "2010-01-01")
                .containsEntry("date_to", "2014-12-31").containsEntry("sort_order", "oldest");
        assertThat(query.get("fields").split(",")).contains("editorial_source");
    }

    @Test
    void v1DotNetDatesAreAcceptedToo() {
        Map<String, Object> body = editorial(body(1, 5));
        part(body, "Query").put("DateCreatedRange", Map.of("StartDate", "\\/Date(1315586894349-0700)\\/", "EndDate", "/Date(1325376000000)/"));
        assertThat(sent(body)).containsEntry("date_from", "2011-09-09").containsEntry("date_to", "2012-01-01");
    }

    @Test
    void keywordIdsAndCreativeFlags() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Query").put("KeywordIds", List.of(61, "200"));
        part(body, "Filter").put("ExcludeNudity", "true");
        part(body, "Filter").put("EmbedContentOnly", true);
        part(body, "Filter").put("FileTypes", List.of("EPS", "jpg"));
        Map<String, String> query = sent(body);
        assertThat(query).containsEntry("keyword_ids", "61,200").containsEntry("exclude_nudity", "true")
                .containsEntry("embed_content_only", "true").containsEntry("file_types", "eps");
    }

    @Test
    void productOfferingAndCollections() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Filter").put("ProductOfferings", List.of("PremiumAccess"));
        part(body, "Filter").put("Collections", Map.of("Ids", List.of("1", 2), "Mode", "Exclude"));
        Map<String, String> query = sent(body);
        assertThat(query).containsEntry("download_product", "premiumaccess").containsEntry("collections_filter_type", "exclude");
        assertThat(query.get("collection_codes").split(",")).hasSize(2);
    }

    @Test
    void sortOrders() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "ResultOptions").put("CreativeSortOrder", "MostRecent");
        assertThat(sent(body)).containsEntry("sort_order", "newest");
        Map<String, Object> editorial = editorial(body(1, 5));
        part(editorial, "ResultOptions").put("EditorialSortOrder", "MostPopular");
        assertThat(sent(editorial)).containsEntry("sort_order", "most_popular");
        Map<String, Object> byDefault = editorial(body(1, 5));
        assertThat(sent(byDefault)).containsEntry("sort_order", "newest");
    }

    @Test
    void sortOrdersAreEchoed() {
        Map<String, Object> body = body(1, 5);
        part(body, "ResultOptions").put("EditorialSortOrder", "mostrecent");
        search(token, body)
                .body("SearchForImagesResult.EditorialSortOrder", equalTo("MostRecent"))
                .body("SearchForImagesResult.CreativeSortOrder", equalTo("Default"));
    }

    @Test
    void languageBecomesAcceptLanguage() {
        Map<String, Object> body = creative(body(1, 5));
        body.put("Language", "de");
        sent(body);
        assertThat(lastV3Search().getString("headers.Accept-Language")).isEqualTo("de");
        Map<String, Object> legacyCase = creative(body(1, 5));
        legacyCase.put("Language", "pt-pt");
        sent(legacyCase);
        assertThat(lastV3Search().getString("headers.Accept-Language")).isEqualTo("pt-PT");
    }

    @Test
    void regionTagsGoUpstreamAsTheNearestV3Tag() {
        Map<String, Object> german = creative(body(1, 5));
        german.put("Language", "de-de");
        search(token, german).body("ResponseHeader.Status", equalTo("success"));
        assertThat(lastV3Search().getString("headers.Accept-Language")).isEqualTo("de");
        Map<String, Object> french = creative(body(1, 5));
        french.put("Language", "fr-FR");
        search(token, french).body("ResponseHeader.Status", equalTo("success"));
        assertThat(lastV3Search().getString("headers.Accept-Language")).isEqualTo("fr");
    }

    @Test
    void refinementsWithAV3FilterAreApplied() {
        Map<String, Object> body = editorial(body(1, 5));
        part(body, "Filter").put("Refinements", List.of(Map.of("Category", "SpecificPeople", "Id", "Anna Berg"),
                Map.of("Category", "Concept", "Id", "61")));
        assertThat(sent(body)).containsEntry("specific_people", "Anna Berg").containsEntry("keyword_ids", "61");
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
        var response = search(token, body).body("ResponseHeader.Status", equalTo("success"));
        for (String member : List.of("LicensingModels", "WhiteBackgroundOnly", "EditorialSources", "Refinements category Color",
                "EntityUris", "RefinementOptionsSet")) {
            response.body("ResponseHeader.StatusList.findAll { it.Type == 'Information' }.Message",
                    hasItem(org.hamcrest.Matchers.containsString(member)));
        }
    }

    @Test
    void editorialOnlyCriteriaWithoutFamilySearchEditorialOnly() {
        List<List<Number>> events = com.connectgateway.support.SearchRequests.searchOk(token, editorial(body(1, 75)))
                .getList("SearchForImagesResult.Images.EventIds");
        long eventId = events.stream().filter(ids -> !ids.isEmpty()).findFirst().orElseThrow().get(0).longValue();
        Sandbox.reset();
        Map<String, Object> body = body(1, 5);
        part(body, "Query").put("EventId", eventId);
        search(token, body).body("ResponseHeader.Status", equalTo("success"))
                .body("ResponseHeader.StatusList[0].Type", equalTo("Information"));
        assertThat(Sandbox.searchPaths()).allMatch(path -> path.endsWith("/editorial"));
    }

    @Test
    void editorialOnlyCriteriaOnACreativeSearchAreReportedAndNotSent() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Query").put("SpecificPersons", List.of("Anna Berg"));
        search(token, body)
                .body("ResponseHeader.Status", equalTo("success"))
                .body("ResponseHeader.StatusList[0].Type", equalTo("Information"))
                .body("ResponseHeader.StatusList[0].Message",
                        equalTo("Query.SpecificPersons applies to editorial images only and was ignored."));
        assertThat(lastV3Query()).doesNotContainKey("specific_people");
    }

    @Test
    void countryCodeIsNotSentUnlessConfigured() {
        sent(creative(body(1, 5)));
        assertThat(lastV3Search().getString("headers.GI-Country-Code")).isNull();
    }
}
