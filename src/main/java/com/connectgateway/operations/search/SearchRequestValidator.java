package com.connectgateway.operations.search;

import static com.connectgateway.operations.search.SearchMembers.blankToNull;
import static com.connectgateway.operations.search.SearchMembers.nonBlank;

import com.connectgateway.operations.images.Vocabularies;
import com.connectgateway.operations.images.Vocabulary;
import com.connectgateway.operations.search.SearchForImagesBody.DateRange;
import com.connectgateway.operations.search.SearchForImagesBody.Filter;
import com.connectgateway.operations.search.SearchForImagesBody.IdsAndMode;
import com.connectgateway.operations.search.SearchForImagesBody.Query;
import com.connectgateway.operations.search.SearchForImagesBody.ResultOptions;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Every legacy error a SearchForImages body can earn by itself, checked before any v3 call, in the
 * order members were always checked (the first error is the one answered). Whether collection ids
 * exist needs v3 and is checked by {@link CollectionCodes} afterwards.
 */
final class SearchRequestValidator {

    /** Largest legacy ItemCount (the documented page sizes end at 75). */
    static final int MAX_ITEM_COUNT = 75;

    private SearchRequestValidator() {
    }

    static void validate(SearchForImagesBody body) {
        Filter filter = SearchMembers.filter(body);
        Query query = SearchMembers.query(body);
        ResultOptions options = SearchMembers.options(body);

        ResultWindow.of(options.itemStartNumber(), options.itemCount(), "ResultOptions", MAX_ITEM_COUNT);
        LanguagePolicy.acceptLanguage(body.language(), note -> { });
        SearchTextLimits.check(query.searchPhrase(), SearchTextLimits.PHRASE, "Query.SearchPhrase");
        SearchTextLimits.checkEach(query.keywordIds(), SearchTextLimits.ID, "Query.KeywordIds");
        SearchTextLimits.checkEach(query.specificPersons(), SearchTextLimits.PERSON, "Query.SpecificPersons");
        if (filter.refinements() != null) {
            filter.refinements().stream().filter(Objects::nonNull)
                    .forEach(r -> SearchTextLimits.check(r.id(), SearchTextLimits.ID, "Filter.Refinements.Id"));
        }

        known(filter.orientations(), Vocabularies.ORIENTATIONS, StatusCode.INVALID_ORIENTATION, "Orientation");
        known(filter.graphicStyles(), Vocabularies.GRAPHIC_STYLES, StatusCode.INVALID_REQUEST, "GraphicStyle");
        for (String type : nonBlank(filter.fileTypes())) {
            if (!Set.of("eps", "jpg").contains(type.toLowerCase(Locale.ROOT))) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, "FileType '" + type + "' is not valid.");
            }
        }
        known(filter.productOfferings(), Vocabularies.PRODUCT_OFFERINGS, StatusCode.INVALID_PRODUCT_OFFERING, "ProductOffering");
        collections(filter.collections());
        known(filter.editorialSegments(), Vocabularies.EDITORIAL_SEGMENTS, StatusCode.INVALID_EDITORIAL_SEGMENT, "EditorialSegment");
        boolean dates = dateRange(query.dateCreatedRange());
        known(filter.imageFamilies(), Vocabularies.FAMILIES, StatusCode.INVALID_REQUEST, "ImageFamily");
        if (dates && onlyCreative(filter.imageFamilies())) {
            throw new LegacyFault(StatusCode.DATE_CREATED_RANGE_NOT_APPLICABLE);
        }
        sortOrder(options.creativeSortOrder(), Vocabularies.CREATIVE_SORT_ORDERS, "CreativeSortOrder");
        sortOrder(options.editorialSortOrder(), Vocabularies.EDITORIAL_SORT_ORDERS, "EditorialSortOrder");
    }

    /** Every non-blank value must be one the vocabulary knows (shared by image and video searches). */
    static void known(List<String> values, Vocabulary vocabulary, StatusCode invalid, String what) {
        for (String value : nonBlank(values)) {
            if (vocabulary.toV3(value) == null) {
                throw new LegacyFault(invalid, what + " '" + value + "' is not valid.");
            }
        }
    }

    /** The Collections rule shared by image and video searches. */
    static void collections(IdsAndMode filter) {
        if (filter == null) {
            return;
        }
        boolean noIds = nonBlank(filter.ids()).isEmpty();
        String mode = blankToNull(filter.mode());
        if (noIds && mode == null) {
            return;
        }
        if (noIds) {
            throw new LegacyFault(StatusCode.COLLECTION_IDS_EMPTY);
        }
        if (mode == null) {
            throw new LegacyFault(StatusCode.COLLECTION_MODE_EMPTY);
        }
        if (!Set.of("include", "exclude").contains(mode.trim().toLowerCase(Locale.ROOT))) {
            throw new LegacyFault(StatusCode.INVALID_INCLUDE_EXCLUDE_MODE, "Collections.Mode must be include or exclude.");
        }
    }

    /** Whether the range names any date; its dates must parse and be in order. */
    private static boolean dateRange(DateRange range) {
        if (range == null) {
            return false;
        }
        LocalDate from = SearchMembers.startDate(range);
        LocalDate to = SearchMembers.endDate(range);
        if (from != null && to != null && from.isAfter(to)) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "Query.DateCreatedRange.StartDate is after its EndDate.");
        }
        return from != null || to != null;
    }

    private static boolean onlyCreative(List<String> families) {
        return nonBlank(families).stream().map(Vocabularies.FAMILIES::toV3).distinct().toList().equals(List.of("creative"));
    }

    private static void sortOrder(String requested, Vocabulary orders, String member) {
        if (orders.toV3(SearchMembers.sortOrder(requested)) == null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ResultOptions." + member + " '" + requested + "' is not valid.");
        }
    }
}
