package com.connectgateway.sandbox.v3;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A validated v3 image search. Multi-valued parameters are comma lists; enum values match case
 * insensitively. Any parameter the endpoint does not know, any value outside its enum and any
 * malformed number or date is a 400 InvalidParameterValue naming the parameter.
 *
 * <p>Null members mean "no such filter". Text values are already {@link SearchText#normalize normalized}.
 */
record SandboxSearchQuery(
        List<String> terms,
        String phrase,
        ImageFieldSelector.Selection selection,
        int page,
        int pageSize,
        String sortOrder,
        Set<String> orientations,
        Set<String> graphicalStyles,
        boolean excludeGraphicalStyles,
        Set<String> editorialSegments,
        Set<Integer> eventIds,
        Set<String> keywordIds,
        Set<String> excludedKeywordIds,
        Set<String> specificPeople,
        Set<String> artists,
        LocalDate dateFrom,
        LocalDate dateTo,
        boolean excludeNudity,
        boolean embedContentOnly,
        boolean epsOnly,
        String downloadProduct,
        Set<String> collectionCodes,
        boolean excludeCollections,
        Integer minimumQualityRank,
        Set<String> numberOfPeople) {

    private static final Map<String, String> ORIENTATIONS = Map.of("horizontal", "Horizontal", "vertical", "Vertical",
            "square", "Square", "panoramic_horizontal", "PanoramicHorizontal", "panoramic_vertical",
            "PanoramicVertical");
    private static final Map<String, List<String>> NUMBER_OF_PEOPLE = Map.of("none", List.of("No People"),
            "one", List.of("One Person"), "two", List.of("Two People"),
            "group", List.of("Three People", "Group Of People", "Crowd"));
    // Listed separately from the maps so error messages name the values in a stable order.
    private static final List<String> ORIENTATION_VALUES = List.of("horizontal", "vertical", "square",
            "panoramic_horizontal", "panoramic_vertical");
    private static final List<String> NUMBER_OF_PEOPLE_VALUES = List.of("none", "one", "two", "group");
    private static final List<String> SEGMENTS = List.of("archival", "entertainment", "news", "publicity", "royalty",
            "sport");
    private static final List<String> FILTER_TYPES = List.of("include", "exclude");
    private static final List<String> AGES = List.of("newborn", "baby", "child", "teenager", "young_adult", "adult",
            "adults_only", "mature_adult", "senior_adult", "0-1_months", "2-5_months", "6-11_months", "12-17_months",
            "18-23_months", "2-3_years", "4-5_years", "6-7_years", "8-9_years", "10-11_years", "12-13_years",
            "14-15_years", "16-17_years", "18-19_years", "20-24_years", "20-29_years", "25-29_years", "30-34_years",
            "30-39_years", "35-39_years", "40-44_years", "40-49_years", "45-49_years", "50-54_years", "50-59_years",
            "55-59_years", "60-64_years", "60-69_years", "65-69_years", "70-79_years", "80-89_years", "90_plus_years",
            "100_over");
    private static final List<String> COMPOSITIONS = List.of("abstract", "candid", "close_up", "copy_space",
            "cut_out", "full_frame", "full_length", "headshot", "looking_at_camera", "macro", "medium_shot",
            "part_of_a_series", "portrait", "sparse", "still_life", "three_quarter_length", "waist_up", "wide_shot");
    private static final List<String> ETHNICITIES = List.of("black", "white", "east_asian", "hispanic_latinx",
            "japanese", "middle_eastern", "multiracial_person", "multiethnic_group", "native_american_first_nations",
            "pacific_islander", "south_asian", "southeast_asian");
    private static final List<String> MINIMUM_SIZES = List.of("x_small", "small", "medium", "large", "x_large",
            "xx_large", "vector");
    private static final List<String> MOODS = List.of("black_and_white", "bold", "cool", "dramatic", "natural",
            "vivid", "warm");
    private static final Pattern HEX_COLOR = Pattern.compile("#?[0-9a-fA-F]{6}");

    /** Whether any filter narrows the matches (the phrase aside). */
    boolean filters() {
        return !orientations.isEmpty() || !graphicalStyles.isEmpty() || !editorialSegments.isEmpty()
                || !eventIds.isEmpty() || !keywordIds.isEmpty() || !excludedKeywordIds.isEmpty()
                || !specificPeople.isEmpty() || !artists.isEmpty() || dateFrom != null || dateTo != null
                || excludeNudity || embedContentOnly || epsOnly || downloadProduct != null
                || !collectionCodes.isEmpty() || minimumQualityRank != null || !numberOfPeople.isEmpty();
    }

    static SandboxSearchQuery parse(SearchEndpoint endpoint, QueryParams params) {
        params.acceptOnly(endpoint::accepts, endpoint.path());
        QueryReader in = new QueryReader(params);
        // Parameters the sandbox accepts and validates but does not filter on (no data behind them).
        in.values("age_of_people", AGES);
        in.values("compositions", COMPOSITIONS);
        in.values("ethnicity", ETHNICITIES);
        in.value("minimum_size", MINIMUM_SIZES);
        in.values("moods", MOODS);
        in.values("facet_fields", endpoint.facetFields());
        in.integer("facet_max_count", 0, Integer.MAX_VALUE);
        for (String flag : List.of("enhanced_search", "exclude_editorial_use_only", "include_facets",
                "include_related_searches", "safe_search")) {
            in.bool(flag);
        }
        String color = params.get("color");
        if (color != null && !HEX_COLOR.matcher(color).matches()) {
            throw SandboxV3Error.invalidParameter("Invalid value '" + color + "' for parameter 'color': expected a hex "
                    + "colour such as #002244.");
        }
        String phrase = params.get("phrase");
        Integer page = in.integer("page", 1, Integer.MAX_VALUE);
        Integer pageSize = in.integer("page_size", 1, 100);
        String sortOrder = in.value("sort_order", endpoint.sortOrders());
        Integer minimumQualityRank = in.integer("minimum_quality_rank", 1, 3);
        Set<String> orientations = new LinkedHashSet<>();
        in.values("orientations", ORIENTATION_VALUES).forEach(o -> orientations.add(ORIENTATIONS.get(o)));
        Set<String> numberOfPeople = new LinkedHashSet<>();
        in.values("number_of_people", NUMBER_OF_PEOPLE_VALUES)
                .forEach(n -> numberOfPeople.addAll(NUMBER_OF_PEOPLE.get(n)));
        List<String> fileTypes = in.values("file_types", List.of("eps"));
        return new SandboxSearchQuery(
                SearchText.terms(phrase),
                phrase == null ? "" : SearchText.normalize(phrase),
                ImageFieldSelector.parse(params.get("fields"), ImageFieldSelector.Endpoint.SEARCH),
                page == null ? 1 : page,
                pageSize == null ? 30 : pageSize,
                sortOrder == null ? "best_match" : sortOrder,
                orientations,
                Set.copyOf(in.values("graphical_styles", endpoint.graphicalStyles())),
                "exclude".equals(in.value("graphical_styles_filter_type", FILTER_TYPES)),
                Set.copyOf(in.values("editorial_segments", SEGMENTS)),
                Set.copyOf(in.integers("event_ids")),
                in.integers("keyword_ids").stream().map(String::valueOf).collect(Collectors.toSet()),
                in.integers("exclude_keyword_ids").stream().map(String::valueOf)
                        .collect(Collectors.toSet()),
                in.texts("specific_people"),
                in.texts("artists"),
                in.date("date_from"),
                in.date("date_to"),
                Boolean.TRUE.equals(in.bool("exclude_nudity")),
                Boolean.TRUE.equals(in.bool("embed_content_only")),
                !fileTypes.isEmpty(),
                in.downloadProduct(),
                in.texts("collection_codes"),
                "exclude".equals(in.value("collections_filter_type", FILTER_TYPES)),
                minimumQualityRank,
                numberOfPeople);
    }
}
