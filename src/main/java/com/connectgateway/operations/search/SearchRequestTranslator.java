package com.connectgateway.operations.search;

import static com.connectgateway.operations.search.SearchMembers.blankToNull;
import static com.connectgateway.operations.search.SearchMembers.nonBlank;

import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.Vocabularies;
import com.connectgateway.operations.images.Vocabulary;
import com.connectgateway.operations.search.SearchForImagesBody.DateRange;
import com.connectgateway.operations.search.SearchForImagesBody.Filter;
import com.connectgateway.operations.search.SearchForImagesBody.Query;
import com.connectgateway.operations.search.SearchForImagesBody.Refinement;
import com.connectgateway.operations.search.SearchForImagesBody.ResultOptions;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
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
 * Translates a legacy SearchForImages body, already passed by {@link SearchRequestValidator}, into
 * v3 searches; a pure function, so every member's translation is unit-tested without a server. The
 * collection codes come from the caller, which looked them up in v3. Every legacy member ends in
 * exactly one of three places: a v3 parameter, a legacy validation error, or an Information entry
 * saying it was ignored (see docs/legacy-compatibility.md for the table).
 *
 * <p>Family policy: one ImageFamily searches that family; none or both search creative, then
 * editorial, and concatenate the two result lists (the blended v3 endpoint is deprecated, and
 * concatenation keeps paging exact). Editorial-only criteria (dates, events, people, segments)
 * with no family restrict the search to editorial.
 */
final class SearchRequestTranslator {

    private static final String CREATIVE = "creative";
    private static final String EDITORIAL = "editorial";

    private SearchRequestTranslator() {
    }

    static SearchPlan translate(SearchForImagesBody body, List<String> collectionCodes, boolean userSession) {
        Filter filter = SearchMembers.filter(body);
        Query query = SearchMembers.query(body);
        ResultOptions options = SearchMembers.options(body);
        List<StatusEntry> notes = new ArrayList<>();

        int itemStart = options.itemStartNumber() == null ? 1 : options.itemStartNumber();
        String language = LanguagePolicy.acceptLanguage(body.language(), notes::add);

        Criteria criteria = new Criteria();
        criteria.common.put("phrase", blankToNull(query.searchPhrase()));
        criteria.common.put("orientations", join(toV3(filter.orientations(), Vocabularies.ORIENTATIONS)));
        criteria.common.put("graphical_styles", join(toV3(filter.graphicStyles(), Vocabularies.GRAPHIC_STYLES)));
        criteria.common.put("keyword_ids", join(nonBlank(query.keywordIds())));
        criteria.common.put("embed_content_only", Boolean.TRUE.equals(filter.embedContentOnly()) ? "true" : null);
        fileTypes(filter.fileTypes(), criteria);
        productOfferings(filter.productOfferings(), criteria, notes);
        if (!collectionCodes.isEmpty()) {
            criteria.common.put("collection_codes", String.join(",", collectionCodes));
            criteria.common.put("collections_filter_type", filter.collections().mode().trim().toLowerCase(Locale.ROOT));
        }

        criteria.editorial.put("editorial_segments", join(toV3(filter.editorialSegments(), Vocabularies.EDITORIAL_SEGMENTS)));
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
        String creativeSort = SearchMembers.sortOrder(options.creativeSortOrder());
        String editorialSort = SearchMembers.sortOrder(options.editorialSortOrder());
        boolean includeKeywords = Boolean.TRUE.equals(options.includeKeywords());

        List<SearchPlan.Segment> segments = new ArrayList<>();
        for (String family : families) {
            boolean editorial = family.equals(EDITORIAL);
            Map<String, String> params = new LinkedHashMap<>(criteria.common);
            params.putAll(editorial ? criteria.editorial : criteria.creative);
            params.put("sort_order", editorial ? Vocabularies.EDITORIAL_SORT_ORDERS.toV3(editorialSort)
                    : Vocabularies.CREATIVE_SORT_ORDERS.toV3(creativeSort));
            params.put("fields", V3FieldSets.search(editorial, includeKeywords, userSession));
            params.values().removeIf(Objects::isNull);
            segments.add(new SearchPlan.Segment(SearchPlan.Media.IMAGES, family, params));
        }
        return new SearchPlan(segments, language, itemStart, options.itemCount(), includeKeywords,
                Vocabularies.EDITORIAL_SORT_ORDERS.legacySpelling(editorialSort),
                Vocabularies.CREATIVE_SORT_ORDERS.legacySpelling(creativeSort), notes);
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

    private static Set<String> families(List<String> requested, Criteria criteria, List<StatusEntry> notes) {
        Set<String> families = new LinkedHashSet<>();
        for (String family : nonBlank(requested)) {
            families.add(Vocabularies.FAMILIES.toV3(family));
        }
        if (families.equals(Set.of(CREATIVE))) {
            for (String member : List.of("editorial_segments", "event_ids", "specific_people")) {
                notApplicable(notes, legacyNameOf(member), "editorial", criteria.editorial.get(member) != null);
            }
            return families;
        }
        if (families.equals(Set.of(EDITORIAL))) {
            notApplicable(notes, "Filter.ExcludeNudity", "creative", criteria.creative.get("exclude_nudity") != null);
            return families;
        }
        if (criteria.editorialOnly()) {
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
        LocalDate from = SearchMembers.startDate(range);
        LocalDate to = SearchMembers.endDate(range);
        criteria.editorial.put("date_from", from == null ? null : from.toString());
        criteria.editorial.put("date_to", to == null ? null : to.toString());
    }

    /** Only eps has a v3 filter; every image is available as jpg, so jpg filters nothing. */
    private static void fileTypes(List<String> fileTypes, Criteria criteria) {
        if (nonBlank(fileTypes).stream().anyMatch(type -> type.equalsIgnoreCase("eps"))) {
            criteria.common.put("file_types", "eps");
        }
    }

    /** v3 filters on one download product; further offerings are reported as ignored. */
    private static void productOfferings(List<String> offerings, Criteria criteria, List<StatusEntry> notes) {
        List<String> mapped = toV3(offerings, Vocabularies.PRODUCT_OFFERINGS);
        if (!mapped.isEmpty()) {
            criteria.common.put("download_product", mapped.get(0));
            ignored(notes, "Filter.ProductOfferings beyond the first", mapped.size() > 1);
        }
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

    /** The v3 values of known legacy values, each once, in request order. */
    private static List<String> toV3(List<String> values, Vocabulary vocabulary) {
        return nonBlank(values).stream().map(vocabulary::toV3).distinct().toList();
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

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }
}
