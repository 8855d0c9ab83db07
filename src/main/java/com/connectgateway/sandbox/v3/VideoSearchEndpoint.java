package com.connectgateway.sandbox.v3;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The two v3 video searches and what each accepts, following v3's parameter lists (reference
 * §5.6): a parameter of the other family ({@code exclude_nudity} on editorial, {@code event_ids}
 * on creative) is a 400, like a misspelt one.
 */
enum VideoSearchEndpoint {

    CREATIVE("/v3/search/videos/creative", SearchEndpoint.CREATIVE,
            List.of("best_match", "most_popular", "newest", "random"),
            List.of("enhanced_search", "ethnicity", "exclude_editorial_use_only", "exclude_keyword_ids",
                    "exclude_nudity", "license_models", "number_of_people", "safe_search"),
            List.of("artists", "locations")),
    EDITORIAL("/v3/search/videos/editorial", SearchEndpoint.EDITORIAL,
            List.of("best_match", "most_popular", "newest", "oldest", "random"),
            List.of("date_from", "date_to", "editorial_video_types", "event_ids", "specific_people"),
            List.of("artists", "events", "locations", "specific_people"));

    /** Parameters both video searches accept (a holder: enum constructors cannot read the enum's statics). */
    private static final class Common {
        static final List<String> PARAMETERS = List.of("phrase", "fields", "page", "page_size", "sort_order",
                "age_of_people", "artists", "aspect_ratios", "collection_codes", "collections_filter_type",
                "compositions", "download_product", "facet_fields", "include_facets", "facet_max_count",
                "format_available", "frame_rates", "image_techniques", "include_related_searches", "keyword_ids",
                "min_clip_length", "max_clip_length", "orientations", "release_status", "viewpoints");
    }

    private final String path;
    private final SearchEndpoint images;
    private final List<String> sortOrders;
    private final Set<String> parameters;
    private final List<String> facetFields;

    VideoSearchEndpoint(String path, SearchEndpoint images, List<String> sortOrders, List<String> ownParameters,
            List<String> facetFields) {
        this.path = path;
        this.images = images;
        this.sortOrders = sortOrders;
        Set<String> all = new HashSet<>(Common.PARAMETERS);
        all.addAll(ownParameters);
        this.parameters = Set.copyOf(all);
        this.facetFields = facetFields;
    }

    String path() {
        return path;
    }

    /** The image search of the same family: its stills are the videos' stills, its topic ranking theirs. */
    SearchEndpoint images() {
        return images;
    }

    boolean accepts(String parameter) {
        return parameters.contains(parameter);
    }

    List<String> sortOrders() {
        return sortOrders;
    }

    List<String> facetFields() {
        return facetFields;
    }
}
