package com.connectgateway.operations.search;

import com.connectgateway.operations.search.SearchForImagesBody.DateRange;
import com.connectgateway.operations.search.SearchForImagesBody.Filter;
import com.connectgateway.operations.search.SearchForImagesBody.Query;
import com.connectgateway.operations.search.SearchForImagesBody.ResultOptions;
import com.connectgateway.wire.LegacyDate;
import java.time.LocalDate;
import java.util.List;

/** Reads of a legacy search body shared by its validation and its translation: absent parts are empty. */
final class SearchMembers {

    private SearchMembers() {
    }

    static Filter filter(SearchForImagesBody body) {
        return body.filter() != null ? body.filter()
                : new Filter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Query query(SearchForImagesBody body) {
        return body.query() != null ? body.query() : new Query(null, null, null, null, null, null);
    }

    static ResultOptions options(SearchForImagesBody body) {
        return body.resultOptions() != null ? body.resultOptions() : new ResultOptions(null, null, null, null, null, null);
    }

    /** The ids of the collection filter; empty when there is none. */
    static List<String> collectionIds(SearchForImagesBody body) {
        Filter filter = filter(body);
        return filter.collections() == null ? List.of() : nonBlank(filter.collections().ids());
    }

    /** An absent, blank or {@code "null"} sort order is Default. */
    static String sortOrder(String requested) {
        String value = blankToNull(requested) == null ? "Default" : requested.trim();
        return value.equalsIgnoreCase("null") ? "Default" : value;
    }

    static LocalDate startDate(DateRange range) {
        return blankToNull(range.startDate()) == null ? null
                : LegacyDate.parseRequestDate(range.startDate(), "Query.DateCreatedRange.StartDate");
    }

    static LocalDate endDate(DateRange range) {
        return blankToNull(range.endDate()) == null ? null
                : LegacyDate.parseRequestDate(range.endDate(), "Query.DateCreatedRange.EndDate");
    }

    static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
