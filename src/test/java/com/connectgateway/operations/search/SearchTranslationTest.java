package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.editorial;
import static com.connectgateway.support.SearchRequests.lastV3Query;
import static com.connectgateway.support.SearchRequests.lastV3Search;
import static com.connectgateway.support.SearchRequests.part;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The v3 search the sandbox receives: endpoint, paging, headers and collection codes looked up in
 * v3. What each legacy member becomes is {@link SearchRequestTranslatorTest}'s, without a server.
 */
@QuarkusTest
class SearchTranslationTest {

    private String token;

    @BeforeEach
    void session() {
        Sandbox.reset();
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    private Map<String, String> sent(Map<String, Object> body) {
        search(token, body).body(at("ResponseHeader.Status", org.hamcrest.Matchers.not(equalTo("error"))));
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
    void productOfferingAndCollections() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Filter").put("ProductOfferings", List.of("PremiumAccess"));
        part(body, "Filter").put("Collections", Map.of("Ids", List.of("1", 2), "Mode", "Exclude"));
        Map<String, String> query = sent(body);
        assertThat(query).containsEntry("download_product", "premiumaccess").containsEntry("collections_filter_type", "exclude");
        assertThat(query.get("collection_codes").split(",")).hasSize(2);
    }

    @Test
    void sortOrdersAreEchoed() {
        Map<String, Object> body = body(1, 5);
        part(body, "ResultOptions").put("EditorialSortOrder", "mostrecent");
        search(token, body)
                .body(at("SearchForImagesResult.EditorialSortOrder", equalTo("MostRecent")))
                .body(at("SearchForImagesResult.CreativeSortOrder", equalTo("Default")));
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
    void editorialOnlyCriteriaWithoutFamilySearchEditorialOnly() {
        List<List<Number>> events = com.connectgateway.support.SearchRequests.searchOk(token, editorial(body(1, 75)))
                .getList("SearchForImagesResult.Images.EventIds");
        long eventId = events.stream().filter(ids -> !ids.isEmpty()).findFirst().orElseThrow().get(0).longValue();
        Sandbox.reset();
        Map<String, Object> body = body(1, 5);
        part(body, "Query").put("EventId", eventId);
        search(token, body).body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Information")));
        assertThat(Sandbox.searchPaths()).allMatch(path -> path.endsWith("/editorial"));
    }

    @Test
    void countryCodeIsNotSentUnlessConfigured() {
        sent(creative(body(1, 5)));
        assertThat(lastV3Search().getString("headers.GI-Country-Code")).isNull();
    }
}
