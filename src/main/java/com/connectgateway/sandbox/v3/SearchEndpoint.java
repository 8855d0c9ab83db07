package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The three v3 image searches and what each accepts, following the current v3 parameter table:
 * a parameter another search knows but this one does not (e.g. {@code date_from} on creative) is
 * a 400, like a misspelt one.
 */
enum SearchEndpoint {

    CREATIVE("/v3/search/images/creative", SandboxImage.CREATIVE,
            List.of("best_match", "most_popular", "newest", "random"),
            List.of("fine_art", "illustration", "photography", "vector"),
            List.of("color", "enhanced_search", "exclude_editorial_use_only", "exclude_keyword_ids", "exclude_nudity",
                    "facet_fields", "include_facets", "facet_max_count", "moods", "safe_search"),
            List.of("artists", "locations")),
    EDITORIAL("/v3/search/images/editorial", SandboxImage.EDITORIAL,
            List.of("best_match", "most_popular", "newest", "oldest", "random"),
            List.of("photography", "illustration", "vector"),
            List.of("date_from", "date_to", "editorial_segments", "event_ids", "exclude_keyword_ids", "facet_fields",
                    "include_facets", "facet_max_count", "minimum_quality_rank", "specific_people"),
            List.of("artists", "events", "locations", "specific_people")),
    BLENDED("/v3/search/images", null,
            List.of("best_match", "most_popular", "newest", "random"),
            List.of("fine_art", "illustration", "photography", "vector"),
            List.of("color", "editorial_segments", "event_ids", "exclude_nudity", "specific_people"),
            List.of());

    /** Parameters all three searches accept (a holder: enum constructors cannot read the enum's statics). */
    private static final class Common {
        static final List<String> PARAMETERS = List.of("phrase", "fields", "page", "page_size", "sort_order",
                "age_of_people", "artists", "collection_codes", "collections_filter_type", "compositions",
                "download_product", "embed_content_only", "ethnicity", "file_types", "graphical_styles",
                "graphical_styles_filter_type", "include_related_searches", "keyword_ids", "minimum_size",
                "number_of_people", "orientations");
    }

    private final String path;
    private final String family;
    private final List<String> sortOrders;
    private final List<String> graphicalStyles;
    private final Set<String> parameters;
    private final List<String> facetFields;

    SearchEndpoint(String path, String family, List<String> sortOrders, List<String> graphicalStyles,
            List<String> ownParameters, List<String> facetFields) {
        this.path = path;
        this.family = family;
        this.sortOrders = sortOrders;
        this.graphicalStyles = graphicalStyles;
        Set<String> all = new HashSet<>(Common.PARAMETERS);
        all.addAll(ownParameters);
        this.parameters = Set.copyOf(all);
        this.facetFields = facetFields;
    }

    /** The v3 path, for error messages. */
    String path() {
        return path;
    }

    boolean accepts(String parameter) {
        return parameters.contains(parameter);
    }

    boolean covers(SandboxImage image) {
        return covers(image.assetFamily());
    }

    boolean covers(String assetFamily) {
        return family == null || family.equals(assetFamily);
    }

    List<String> sortOrders() {
        return sortOrders;
    }

    List<String> graphicalStyles() {
        return graphicalStyles;
    }

    List<String> facetFields() {
        return facetFields;
    }
}
