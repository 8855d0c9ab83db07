package com.connectgateway.sandbox.v3;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validated v3 video search, read with the image search's {@link QueryReader}: comma lists,
 * case-insensitive enum values, and a 400 InvalidParameterValue naming the parameter for anything
 * the endpoint does not know or a value outside its enum. Null or empty members mean "no such filter".
 *
 * @param shotSpeeds     from {@code image_techniques} realtime, slow_motion, time_lapse
 * @param colorTypes     from {@code image_techniques} color, black_and_white
 * @param minClipSeconds {@code min_clip_length} in seconds
 * @param noneFit        an aspect ratio or orientation no sandbox clip has (all are 16:9, horizontal)
 */
record VideoSearchQuery(
        List<String> terms,
        String phrase,
        VideoFieldSelector.Selection selection,
        int page,
        int pageSize,
        String sortOrder,
        Set<String> keywordIds,
        Set<String> excludedKeywordIds,
        Set<String> collectionCodes,
        boolean excludeCollections,
        String formatAvailable,
        boolean excludeNudity,
        Set<String> licenseModels,
        Set<String> editorialVideoTypes,
        Set<Integer> eventIds,
        Set<String> specificPeople,
        Set<String> artists,
        LocalDate dateFrom,
        LocalDate dateTo,
        String downloadProduct,
        Set<Double> frameRates,
        Set<String> shotSpeeds,
        Set<String> colorTypes,
        Integer minClipSeconds,
        Integer maxClipSeconds,
        boolean noneFit) {

    private static final List<String> FORMATS = List.of("sd", "hd", "4k", "hd_web");
    private static final List<String> LICENSE_MODELS = List.of("royaltyfree", "rightsready");
    private static final List<String> VIDEO_TYPES = List.of("raw", "produced");
    private static final List<String> FILTER_TYPES = List.of("include", "exclude");
    private static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "3:4", "4:3", "4:5", "2:1", "17:9",
            "9:17");
    private static final List<String> FRAME_RATES = List.of("23.98", "24", "25", "29.97", "30", "50", "59.94", "60");
    private static final List<String> TECHNIQUES = List.of("realtime", "time_lapse", "slow_motion", "color",
            "black_and_white", "animation", "selective_focus");
    private static final Map<String, String> SHOT_SPEEDS = Map.of("realtime", "real_time", "time_lapse", "time_lapse",
            "slow_motion", "slow_motion");
    private static final List<String> ORIENTATIONS = List.of("horizontal", "vertical");
    private static final List<String> RELEASE_STATUS = List.of("release_not_important", "fully_released");
    private static final List<String> VIEWPOINTS = List.of("lockdown", "panning", "tracking_shot", "aerial_view",
            "high_angle_view", "low_angle_view", "tilt", "point_of_view");
    private static final List<String> AGES = List.of("newborn", "baby", "child", "teenager", "young_adult", "adult",
            "adults_only", "mature_adult", "senior_adult");
    private static final List<String> COMPOSITIONS = List.of("abstract", "candid", "close_up", "copy_space",
            "cut_out", "full_frame", "full_length", "headshot", "looking_at_camera", "macro", "medium_shot",
            "part_of_a_series", "portrait", "sparse", "still_life", "three_quarter_length", "waist_up", "wide_shot");
    private static final List<String> ETHNICITIES = List.of("black", "white", "east_asian", "hispanic_latinx",
            "japanese", "middle_eastern", "multiracial_person", "multiethnic_group", "native_american_first_nations",
            "pacific_islander", "south_asian", "southeast_asian");
    private static final List<String> NUMBER_OF_PEOPLE = List.of("none", "one", "two", "group");

    /** Whether any filter narrows the matches (the phrase aside). */
    boolean filters() {
        return !keywordIds.isEmpty() || !excludedKeywordIds.isEmpty() || !collectionCodes.isEmpty()
                || formatAvailable != null || excludeNudity || !licenseModels.isEmpty()
                || !editorialVideoTypes.isEmpty() || !eventIds.isEmpty() || !specificPeople.isEmpty()
                || !artists.isEmpty() || dateFrom != null || dateTo != null || downloadProduct != null
                || !frameRates.isEmpty() || !shotSpeeds.isEmpty() || !colorTypes.isEmpty() || minClipSeconds != null
                || maxClipSeconds != null || noneFit;
    }

    static VideoSearchQuery parse(VideoSearchEndpoint endpoint, QueryParams params) {
        params.acceptOnly(endpoint::accepts, endpoint.path());
        QueryReader in = new QueryReader(params);
        // Accepted and validated, but the sandbox has no data to filter on (as for images).
        in.values("age_of_people", AGES);
        in.values("compositions", COMPOSITIONS);
        in.values("ethnicity", ETHNICITIES);
        in.values("number_of_people", NUMBER_OF_PEOPLE);
        in.value("release_status", RELEASE_STATUS);
        in.values("viewpoints", VIEWPOINTS);
        in.values("facet_fields", endpoint.facetFields());
        in.integer("facet_max_count", 0, Integer.MAX_VALUE);
        for (String flag : List.of("enhanced_search", "exclude_editorial_use_only", "include_facets",
                "include_related_searches", "safe_search")) {
            in.bool(flag);
        }
        // Every sandbox clip is 16:9 and horizontal: another ratio, or vertical alone, finds nothing.
        List<String> ratios = in.values("aspect_ratios", ASPECT_RATIOS);
        List<String> orientations = in.values("orientations", ORIENTATIONS);
        boolean noneFit = !ratios.isEmpty() && !ratios.contains("16:9")
                || !orientations.isEmpty() && !orientations.contains("horizontal");
        List<String> techniques = in.values("image_techniques", TECHNIQUES);
        Set<String> shotSpeeds = techniques.stream().filter(SHOT_SPEEDS::containsKey).map(SHOT_SPEEDS::get)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> colorTypes = techniques.stream().filter(t -> t.equals("color") || t.equals("black_and_white"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String phrase = params.get("phrase");
        Integer page = in.integer("page", 1, Integer.MAX_VALUE);
        Integer pageSize = in.integer("page_size", 1, 100);
        String sortOrder = in.value("sort_order", endpoint.sortOrders());
        return new VideoSearchQuery(
                SearchText.terms(phrase),
                phrase == null ? "" : SearchText.normalize(phrase),
                VideoFieldSelector.parse(params.get("fields")),
                page == null ? 1 : page,
                pageSize == null ? 30 : pageSize,
                sortOrder == null ? "best_match" : sortOrder,
                in.integers("keyword_ids").stream().map(String::valueOf).collect(Collectors.toSet()),
                in.integers("exclude_keyword_ids").stream().map(String::valueOf).collect(Collectors.toSet()),
                in.texts("collection_codes"),
                "exclude".equals(in.value("collections_filter_type", FILTER_TYPES)),
                in.value("format_available", FORMATS),
                Boolean.TRUE.equals(in.bool("exclude_nudity")),
                Set.copyOf(in.values("license_models", LICENSE_MODELS)),
                Set.copyOf(in.values("editorial_video_types", VIDEO_TYPES)),
                Set.copyOf(in.integers("event_ids")),
                in.texts("specific_people"),
                in.texts("artists"),
                in.date("date_from"),
                in.date("date_to"),
                in.downloadProduct(),
                in.values("frame_rates", FRAME_RATES).stream().map(Double::valueOf).collect(Collectors.toSet()),
                shotSpeeds,
                colorTypes,
                in.integer("min_clip_length", 0, Integer.MAX_VALUE),
                in.integer("max_clip_length", 0, Integer.MAX_VALUE),
                noneFit);
    }
}
