package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.part;
import static com.connectgateway.support.SearchRequests.search;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every legacy validation code of SearchForImages, as an error envelope with a null result. */
@QuarkusTest
class SearchValidationTest {

    private String token;

    @BeforeEach
    void session() {
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    private void assertError(Map<String, Object> body, String code) {
        search(token, body)
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo(code)))
                .body(at("SearchForImagesResult", nullValue()));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1 })
    void itemCountMustBePositive(int count) {
        assertError(body(1, count), "InvalidItemCount");
    }

    @Test
    void missingItemCountIsInvalidItemCount() {
        Map<String, Object> body = body(1, 1);
        part(body, "ResultOptions").remove("ItemCount");
        assertError(body, "InvalidItemCount");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -5 })
    void itemStartNumberMustBePositive(int start) {
        assertError(body(start, 10), "InvalidItemStartNumber");
    }

    @Test
    void itemCountAboveTheLegacyMaximum() {
        assertError(body(1, 76), "MaxExceeded");
    }

    @Test
    void startPastTheTotal() {
        assertError(creative(body(100000, 10)), "StartPastTotal");
    }

    @Test
    void unknownOrientation() {
        Map<String, Object> body = body(1, 5);
        part(body, "Filter").put("Orientations", List.of("Horizontal", "Diagonal"));
        assertError(body, "InvalidOrientation");
    }

    @Test
    void unknownEditorialSegment() {
        Map<String, Object> body = body(1, 5);
        part(body, "Filter").put("EditorialSegments", List.of("Gossip"));
        assertError(body, "InvalidEditorialSegment");
    }

    @Test
    void languageThatIsNotATag() {
        Map<String, Object> body = body(1, 5);
        body.put("Language", "english please");
        assertError(body, "InvalidLanguageCode");
    }

    @Test
    void unsupportedLanguageFallsBackWithAWarning() {
        Map<String, Object> body = creative(body(1, 5));
        body.put("Language", "xx-YY");
        search(token, body)
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList.Code", hasItem("DefaultLanguageUsed")))
                .body(at("SearchForImagesResult.ItemCount", equalTo(5)));
    }

    @Test
    void dateRangeOnCreativeOnly() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Query").put("DateCreatedRange", Map.of("StartDate", "2010-01-01", "EndDate", "2012-12-31"));
        assertError(body, "DateCreatedRangeNotApplicable");
    }

    @Test
    void badDateIsInvalidRequest() {
        Map<String, Object> body = body(1, 5);
        part(body, "Query").put("DateCreatedRange", Map.of("StartDate", "last tuesday"));
        assertError(body, "InvalidRequest");
    }

    @Test
    void collectionsNeedBothIdsAndMode() {
        Map<String, Object> noMode = body(1, 5);
        part(noMode, "Filter").put("Collections", Map.of("Ids", List.of("1")));
        assertError(noMode, "CollectionModeEmpty");
        Map<String, Object> noIds = body(1, 5);
        part(noIds, "Filter").put("Collections", Map.of("Ids", List.of(), "Mode", "include"));
        assertError(noIds, "CollectionIdsEmpty");
    }

    @Test
    void unknownCollectionId() {
        Map<String, Object> body = body(1, 5);
        part(body, "Filter").put("Collections", Map.of("Ids", List.of("999999"), "Mode", "Include"));
        assertError(body, "NonExistingCollectionId");
    }

    @Test
    void unknownFamilyAndSortOrder() {
        Map<String, Object> family = body(1, 5);
        part(family, "Filter").put("ImageFamilies", List.of("Cartoon"));
        assertError(family, "InvalidRequest");
        Map<String, Object> sort = body(1, 5);
        part(sort, "ResultOptions").put("CreativeSortOrder", "Alphabetical");
        assertError(sort, "InvalidRequest");
    }

    @Test
    void wrongTypesAreInvalidRequest() {
        Map<String, Object> body = body(1, 5);
        part(body, "ResultOptions").put("ItemCount", "many");
        assertError(body, "InvalidRequest");
    }

    @Test
    void stringNumbersAndBooleansAreAccepted() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "ResultOptions").put("ItemCount", "3");
        part(body, "ResultOptions").put("ItemStartNumber", "2");
        part(body, "ResultOptions").put("IncludeKeywords", "false");
        search(token, body)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("SearchForImagesResult.ItemCount", equalTo(3)))
                .body(at("SearchForImagesResult.ItemStartNumber", equalTo(2)))
                .body(at("SearchForImagesResult.ItemTotalCount", greaterThan(3)));
    }
}
