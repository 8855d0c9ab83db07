package com.connectgateway.operations.search;

import com.connectgateway.operations.images.ImageFieldMapper;
import com.connectgateway.operations.search.SearchForImagesBody.DateRange;
import com.connectgateway.operations.search.SearchForImagesBody.Filter;
import com.connectgateway.operations.search.SearchForImagesBody.IdsAndMode;
import com.connectgateway.operations.search.SearchForImagesBody.Query;
import com.connectgateway.operations.search.SearchForImagesBody.Refinement;
import com.connectgateway.operations.search.SearchForImagesBody.ResultOptions;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Translates a legacy SearchForImages body into v3 searches. Every legacy member ends in exactly
 * one of three places: a v3 parameter, a legacy validation error, or an Information entry saying
 * it was ignored (see docs/legacy-compatibility.md for the table).
 *
 * <p>Family policy: one ImageFamily searches that family; none or both search creative, then
 * editorial, and concatenate the two result lists (the blended v3 endpoint is deprecated, and
 * concatenation keeps paging exact). Editorial-only criteria (dates, events, people, segments)
 * with no family restrict the search to editorial.
 */
@ApplicationScoped
public class SearchRequestTranslator {

    /** Largest legacy ItemCount (the documented page sizes end at 75). */
    static final int MAX_ITEM_COUNT = 75;

    private static final String CREATIVE = "creative";
    private static final String EDITORIAL = "editorial";
    private static final Map<String, String> ORIENTATIONS = table(
            "Horizontal", "horizontal", "Vertical", "vertical", "Square", "square",
            "PanoramicHorizontal", "panoramic_horizontal", "PanoramicVertical", "panoramic_vertical");
    private static final Map<String, String> SEGMENTS = table(
            "News", "news", "Sports", "sport", "Sport", "sport", "Entertainment", "entertainment",
            "Publicity", "publicity", "Royalty", "royalty", "Archival", "archival");
    private static final Map<String, String> GRAPHIC_STYLES = table(
            "Photography", "photography", "Illustration", "illustration", "Vector", "vector", "FineArt", "fine_art");
    private static final Map<String, String> PRODUCTS = table(
            "PremiumAccess", "premiumaccess", "EditorialSubscription", "editorialsubscription", "EasyAccess", "easyaccess",
            "RoyaltyFreeSubscription", "royaltyfreesubscription", "ImagePack", "imagepack");
    private static final Map<String, String> CREATIVE_SORTS = table(
            "Default", "most_popular", "MostPopular", "most_popular", "MostRecent", "newest");
    private static final Map<String, String> EDITORIAL_SORTS = table(
            "Default", "newest", "MostRecent", "newest", "MostPopular", "most_popular", "Trending", "most_popular",
            "Oldest", "oldest");

    private final CollectionCodes collections;

    SearchRequestTranslator(CollectionCodes collections) {
        this.collections = collections;
    }

    SearchPlan translate(SearchForImagesBody body, V3Caller caller, boolean userSession) {
        Filter filter = body.filter() != null ? body.filter() : new Filter(null, null, null, null, null, null, null, null, null, null, null, null, null);
        Query query = body.query() != null ? body.query() : new Query(null, null, null, null, null, null);
        ResultOptions options = body.resultOptions() != null ? body.resultOptions() : new ResultOptions(null, null, null, null, null, null);
        List<StatusEntry> notes = new ArrayList<>();

        int itemCount = itemCount(options.itemCount());
        int itemStart = itemStart(options.itemStartNumber());
        String language = LanguagePolicy.acceptLanguage(body.language(), notes::add);

        SearchTextLimits.check(query.searchPhrase(), SearchTextLimits.PHRASE, "Query.SearchPhrase");
        SearchTextLimits.checkEach(query.keywordIds(), SearchTextLimits.ID, "Query.KeywordIds");
        SearchTextLimits.checkEach(query.specificPersons(), SearchTextLimits.PERSON, "Query.SpecificPersons");
        if (filter.refinements() != null) {
            filter.refinements().stream().filter(Objects::nonNull)
                    .forEach(r -> SearchTextLimits.check(r.id(), SearchTextLimits.ID, "Filter.Refinements.Id"));
        }

        Criteria criteria = new Criteria();
        criteria.common.put("phrase", blankToNull(query.searchPhrase()));
        criteria.common.put("orientations", join(mapAll(filter.orientations(), ORIENTATIONS, StatusCode.INVALID_ORIENTATION, "Orientation")));
        criteria.common.put("graphical_styles", join(mapAll(filter.graphicStyles(), GRAPHIC_STYLES, StatusCode.INVALID_REQUEST, "GraphicStyle")));
        criteria.common.put("keyword_ids", join(nonBlank(query.keywordIds())));
        criteria.common.put("embed_content_only", Boolean.TRUE.equals(filter.embedContentOnly()) ? "true" : null);
        fileTypes(filter.fileTypes(), criteria, notes);
        productOfferings(filter.productOfferings(), criteria, notes);
        collectionFilter(filter.collections(), caller, criteria);

        criteria.editorial.put("editorial_segments", join(mapAll(filter.editorialSegments(), SEGMENTS, StatusCode.INVALID_EDITORIAL_SEGMENT, "EditorialSegment")));
        criteria.editorial.put("event_ids", query.eventId() == null ? null : query.eventId().toString());
        criteria.editorial.put("specific_people", join(nonBlank(query.specificPersons())));
        dateRange(query.dateCreatedRange(), criteria);
        if (Boolean.TRUE.equals(filter.excludeNudity())) {
            criteria.creative.put("exclude_nudity", "true");
        }
        refinements(filter.refinements(), criteria, notes);
        ignored(notes, "Filter.LicensingModels", filter.licensingModels() != null && !filter.licensingModels().isEmpty());
        ignored(notes, "Filter.EditorialSources", filter.editorialSources() != null
                && filter.editorialSources().ids() != null && !filter.editorialSources().ids().isEmpty());
        ignored(notes, "Filter.WhiteBackgroundOnly", Boolean.TRUE.equals(filter.whiteBackgroundOnly()));
        ignored(notes, "Query.EntityUris", query.entityUris() != null && !query.entityUris().isEmpty());
        ignored(notes, "ResultOptions.RefinementOptionsSet", blankToNull(options.refinementOptionsSet()) != null);

        Set<String> families = families(filter.imageFamilies(), criteria, notes);
        String creativeSort = sortOrder(options.creativeSortOrder(), CREATIVE_SORTS, "CreativeSortOrder");
        String editorialSort = sortOrder(options.editorialSortOrder(), EDITORIAL_SORTS, "EditorialSortOrder");
        boolean includeKeywords = Boolean.TRUE.equals(options.includeKeywords());

        List<SearchPlan.Segment> segments = new ArrayList<>();
        for (String family : families) {
            Map<String, String> params = new LinkedHashMap<>(criteria.common);
            params.putAll(family.equals(CREATIVE) ? criteria.creative : criteria.editorial);
            params.put("sort_order", family.equals(CREATIVE) ? CREATIVE_SORTS.get(creativeSort.toLowerCase(Locale.ROOT))
                    : EDITORIAL_SORTS.get(editorialSort.toLowerCase(Locale.ROOT)));
            params.put("fields", fields(family, includeKeywords, userSession));
            params.values().removeIf(Objects::isNull);
            segments.add(new SearchPlan.Segment(family, params));
        }
        return new SearchPlan(segments, language, itemStart, itemCount, includeKeywords,
                editorialSort, creativeSort, notes);
    }

    /** The v3 criteria, split by which family endpoints accept them. */
    private static final class Criteria {
        final Map<String, String> common = new LinkedHashMap<>();
        final Map<String, String> creative = new LinkedHashMap<>();
        final Map<String, String> editorial = new LinkedHashMap<>();

        boolean editorialOnly() {
            return editorial.values().stream().anyMatch(Objects::nonNull);
        }
    }

    private static int itemCount(Integer count) {
        if (count == null || count <= 0) {
            throw new LegacyFault(StatusCode.INVALID_ITEM_COUNT, "ResultOptions.ItemCount must be greater than zero.");
        }
        if (count > MAX_ITEM_COUNT) {
            throw new LegacyFault(StatusCode.MAX_EXCEEDED, "ResultOptions.ItemCount may be at most " + MAX_ITEM_COUNT + ".");
        }
        return count;
    }

    /** Absent means the first item; zero or negative is an error. */
    private static int itemStart(Integer start) {
        if (start == null) {
            return 1;
        }
        if (start <= 0) {
            throw new LegacyFault(StatusCode.INVALID_ITEM_START_NUMBER, "ResultOptions.ItemStartNumber must be greater than zero.");
        }
        return start;
    }

    private static Set<String> families(List<String> requested, Criteria criteria, List<StatusEntry> notes) {
        Set<String> families = new LinkedHashSet<>();
        for (String family : nonBlank(requested)) {
            switch (family.trim().toLowerCase(Locale.ROOT)) {
                case CREATIVE -> families.add(CREATIVE);
                case EDITORIAL -> families.add(EDITORIAL);
                default -> throw new LegacyFault(StatusCode.INVALID_REQUEST, "ImageFamily '" + family + "' is not valid.");
            }
        }
        boolean editorialCriteria = criteria.editorialOnly();
        if (families.equals(Set.of(CREATIVE))) {
            if (criteria.editorial.get("date_from") != null || criteria.editorial.get("date_to") != null) {
                throw new LegacyFault(StatusCode.DATE_CREATED_RANGE_NOT_APPLICABLE);
            }
            for (String member : List.of("editorial_segments", "event_ids", "specific_people")) {
                notApplicable(notes, legacyNameOf(member), "editorial", criteria.editorial.get(member) != null);
            }
            return families;
        }
        if (families.equals(Set.of(EDITORIAL))) {
            notApplicable(notes, "Filter.ExcludeNudity", "creative", criteria.creative.get("exclude_nudity") != null);
            return families;
        }
        if (editorialCriteria) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD,
                    "Editorial-only criteria were given, so only editorial images were searched."));
            notApplicable(notes, "Filter.ExcludeNudity", "creative", criteria.creative.get("exclude_nudity") != null);
            return Set.of(EDITORIAL);
        }
        return new LinkedHashSet<>(List.of(CREATIVE, EDITORIAL));
    }

    private static String legacyNameOf(String v3Name) {
        return switch (v3Name) {
            case "editorial_segments" -> "Filter.EditorialSegments";
            case "event_ids" -> "Query.EventId";
            default -> "Query.SpecificPersons";
        };
    }

    private static void dateRange(DateRange range, Criteria criteria) {
        if (range == null) {
            return;
        }
        LocalDate from = blankToNull(range.startDate()) == null ? null
                : LegacyDate.parseRequestDate(range.startDate(), "Query.DateCreatedRange.StartDate");
        LocalDate to = blankToNull(range.endDate()) == null ? null
                : LegacyDate.parseRequestDate(range.endDate(), "Query.DateCreatedRange.EndDate");
        if (from != null && to != null && from.isAfter(to)) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "Query.DateCreatedRange.StartDate is after its EndDate.");
        }
        criteria.editorial.put("date_from", from == null ? null : from.toString());
        criteria.editorial.put("date_to", to == null ? null : to.toString());
    }

    /** Only eps has a v3 filter; every image is available as jpg, so jpg filters nothing. */
    private static void fileTypes(List<String> fileTypes, Criteria criteria, List<StatusEntry> notes) {
        for (String type : nonBlank(fileTypes)) {
            switch (type.trim().toLowerCase(Locale.ROOT)) {
                case "eps" -> criteria.common.put("file_types", "eps");
                case "jpg" -> { /* all images */ }
                default -> throw new LegacyFault(StatusCode.INVALID_REQUEST, "FileType '" + type + "' is not valid.");
            }
        }
    }

    /** v3 filters on one download product; further offerings are reported as ignored. */
    private static void productOfferings(List<String> offerings, Criteria criteria, List<StatusEntry> notes) {
        List<String> mapped = mapAll(offerings, PRODUCTS, StatusCode.INVALID_PRODUCT_OFFERING, "ProductOffering");
        if (!mapped.isEmpty()) {
            criteria.common.put("download_product", mapped.get(0));
            ignored(notes, "Filter.ProductOfferings beyond the first", mapped.size() > 1);
        }
    }

    private void collectionFilter(IdsAndMode filter, V3Caller caller, Criteria criteria) {
        if (filter == null) {
            return;
        }
        List<String> ids = nonBlank(filter.ids());
        String mode = blankToNull(filter.mode());
        if (ids.isEmpty() && mode == null) {
            return;
        }
        if (ids.isEmpty()) {
            throw new LegacyFault(StatusCode.COLLECTION_IDS_EMPTY);
        }
        if (mode == null) {
            throw new LegacyFault(StatusCode.COLLECTION_MODE_EMPTY);
        }
        String v3Mode = mode.trim().toLowerCase(Locale.ROOT);
        if (!v3Mode.equals("include") && !v3Mode.equals("exclude")) {
            throw new LegacyFault(StatusCode.INVALID_INCLUDE_EXCLUDE_MODE, "Collections.Mode must be include or exclude.");
        }
        List<String> codes = new ArrayList<>();
        for (String id : ids) {
            String code = collections.codeOf(caller, id);
            if (code == null) {
                throw new LegacyFault(StatusCode.NON_EXISTING_COLLECTION_ID, "Collection id " + id + " does not exist.");
            }
            codes.add(code);
        }
        criteria.common.put("collection_codes", String.join(",", codes));
        criteria.common.put("collections_filter_type", v3Mode);
    }

    /**
     * Refinements come from RefinementOptions, which v3 cannot provide; the categories that have a
     * v3 filter are still honoured, the others reported as ignored.
     */
    private static void refinements(List<Refinement> refinements, Criteria criteria, List<StatusEntry> notes) {
        if (refinements == null) {
            return;
        }
        for (Refinement refinement : refinements) {
            if (refinement == null || blankToNull(refinement.id()) == null) {
                continue;
            }
            String category = String.valueOf(refinement.category()).replace(" ", "").toLowerCase(Locale.ROOT);
            switch (category) {
                case "specificpeople" -> append(criteria.editorial, "specific_people", refinement.id());
                case "events", "event" -> append(criteria.editorial, "event_ids", refinement.id());
                case "concept", "subject", "keyword" -> append(criteria.common, "keyword_ids", refinement.id());
                default -> ignored(notes, "Filter.Refinements category " + refinement.category(), true);
            }
        }
    }

    private static String fields(String family, boolean includeKeywords, boolean userSession) {
        List<String> fields = new ArrayList<>(ImageFieldMapper.COMMON_FIELDS);
        if (includeKeywords) {
            fields.add("keywords");
        }
        if (family.equals(EDITORIAL)) {
            fields.add("editorial_source");
        }
        if (userSession) {
            fields.add("largest_downloads"); // gives ApplicableProductOfferings; needs a user token
        }
        return String.join(",", fields);
    }

    private static String sortOrder(String requested, Map<String, String> table, String member) {
        String value = blankToNull(requested) == null ? "Default" : requested.trim();
        if (value.equalsIgnoreCase("null")) {
            value = "Default";
        }
        if (!table.containsKey(value.toLowerCase(Locale.ROOT))) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ResultOptions." + member + " '" + requested + "' is not valid.");
        }
        return CANONICAL.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }

    /** The legacy spelling of each sort order, for the echo in the result. */
    private static final Map<String, String> CANONICAL = Map.of(
            "default", "Default", "mostrecent", "MostRecent", "mostpopular", "MostPopular",
            "trending", "Trending", "oldest", "Oldest");

    private static List<String> mapAll(List<String> values, Map<String, String> table, StatusCode invalid, String what) {
        List<String> out = new ArrayList<>();
        for (String value : nonBlank(values)) {
            String mapped = table.get(value.trim().toLowerCase(Locale.ROOT));
            if (mapped == null) {
                throw new LegacyFault(invalid, what + " '" + value + "' is not valid.");
            }
            if (!out.contains(mapped)) {
                out.add(mapped);
            }
        }
        return out;
    }

    private static void ignored(List<StatusEntry> notes, String member, boolean present) {
        if (present) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD, member + " has no v3 equivalent and was ignored."));
        }
    }

    /** A member that only filters the other family than the one searched. */
    private static void notApplicable(List<StatusEntry> notes, String member, String family, boolean present) {
        if (present) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD,
                    member + " applies to " + family + " images only and was ignored."));
        }
    }

    private static void append(Map<String, String> params, String name, String value) {
        String current = params.get(name);
        params.put(name, current == null ? value.trim() : current + "," + value.trim());
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A case-insensitive lookup table from alternating legacy/v3 pairs. */
    private static Map<String, String> table(String... pairs) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i].toLowerCase(Locale.ROOT), pairs[i + 1]);
        }
        return table;
    }
}
