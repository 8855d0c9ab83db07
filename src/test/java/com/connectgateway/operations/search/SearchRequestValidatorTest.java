package com.connectgateway.operations.search;

import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.part;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legacy errors a search body earns by itself, before any v3 call; every code is also end to end in SearchValidationTest. */
class SearchRequestValidatorTest {

    private static void assertCode(Map<String, Object> body, StatusCode code) {
        assertThatThrownBy(() -> SearchRequestValidator.validate(SearchBodies.bind(body)))
                .isInstanceOfSatisfying(LegacyFault.class, fault -> org.assertj.core.api.Assertions.assertThat(fault.code()).isEqualTo(code));
    }

    @Test
    void aValidBodyPasses() {
        assertThatCode(() -> SearchRequestValidator.validate(SearchBodies.bind(body(1, 75)))).doesNotThrowAnyException();
    }

    @Test
    void theFirstInvalidMemberIsAnswered() {
        Map<String, Object> body = body(1, 0);
        part(body, "Filter").put("Orientations", List.of("Diagonal"));
        assertCode(body, StatusCode.INVALID_ITEM_COUNT);
    }

    @Test
    void collectionsNeedIdsAndAMode() {
        Map<String, Object> noMode = body(1, 5);
        part(noMode, "Filter").put("Collections", Map.of("Ids", List.of("1")));
        assertCode(noMode, StatusCode.COLLECTION_MODE_EMPTY);
        Map<String, Object> noIds = body(1, 5);
        part(noIds, "Filter").put("Collections", Map.of("Mode", "include"));
        assertCode(noIds, StatusCode.COLLECTION_IDS_EMPTY);
    }

    @Test
    void datesOnACreativeSearch() {
        Map<String, Object> body = creative(body(1, 5));
        part(body, "Query").put("DateCreatedRange", Map.of("StartDate", "2010-01-01"));
        assertCode(body, StatusCode.DATE_CREATED_RANGE_NOT_APPLICABLE);
    }

    @Test
    void unknownValuesOfEachVocabulary() {
        Map<String, Object> segment = body(1, 5);
        part(segment, "Filter").put("EditorialSegments", List.of("Weather"));
        assertCode(segment, StatusCode.INVALID_EDITORIAL_SEGMENT);
        Map<String, Object> product = body(1, 5);
        part(product, "Filter").put("ProductOfferings", List.of("Gold"));
        assertCode(product, StatusCode.INVALID_PRODUCT_OFFERING);
        Map<String, Object> sort = body(1, 5);
        part(sort, "ResultOptions").put("CreativeSortOrder", "Oldest");
        assertCode(sort, StatusCode.INVALID_REQUEST);
    }
}
