package com.connectgateway.sandbox.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a v3 {@code fields} parameter into the set of image fields to return. Sets expand to
 * their members; display-size names ({@code thumb}, {@code preview}, {@code comp}) select entries
 * of {@code display_sizes}. The sets differ slightly between search and {@code /v3/images}.
 */
final class ImageFieldSelector {

    /** Which v3 resource the fields are for. */
    enum Endpoint {
        SEARCH, IMAGES
    }

    /** The chosen fields (alphabetical, as v3 returns them) and display sizes (comp, preview, thumb). */
    record Selection(Set<String> fields, List<String> displaySizes) {

        boolean has(String field) {
            return fields.contains(field);
        }
    }

    static final List<String> DISPLAY_SIZES = List.of("comp", "preview", "thumb");

    private static final List<String> SUMMARY = List.of("asset_family", "caption", "collection_code", "collection_id",
            "collection_name", "license_model", "max_dimensions", "title");
    private static final List<String> DETAIL = List.of("allowed_use", "artist", "asset_family", "call_for_image",
            "caption", "collection_code", "collection_id", "collection_name", "copyright", "date_created",
            "editorial_segments", "event_ids", "graphical_style", "license_model", "max_dimensions", "orientation",
            "product_types", "quality_rank", "referral_destinations", "title");
    private static final List<String> IMAGES_DETAIL_EXTRA = List.of("artist_title", "city", "country",
            "state_province", "credit_line", "date_submitted", "color_type", "download_sizes");
    private static final Set<String> SINGLE_FIELDS = Set.of("id", "allowed_use", "artist", "artist_title",
            "asset_family", "call_for_image", "caption", "city", "collection_code", "collection_id", "collection_name",
            "color_type", "copyright", "country", "credit_line", "date_created", "date_submitted", "display_sizes",
            "download_sizes", "downloads", "editorial_segments", "editorial_source", "event_ids", "graphical_style",
            "keywords", "largest_downloads", "license_model", "max_dimensions", "orientation", "people",
            "product_types", "quality_rank", "referral_destinations", "state_province", "title", "uri_oembed");

    private ImageFieldSelector() {
    }

    /** Null or blank means {@code summary_set}; an unknown name is a 400. */
    static Selection parse(String fieldsParameter, Endpoint endpoint) {
        Set<String> fields = new TreeSet<>();
        Set<String> sizes = new TreeSet<>();
        String requested = fieldsParameter == null || fieldsParameter.isBlank() ? "summary_set" : fieldsParameter;
        for (String raw : requested.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            switch (name) {
                case "summary_set" -> {
                    fields.addAll(SUMMARY);
                    if (endpoint == Endpoint.IMAGES) {
                        fields.add("artist");
                    }
                    sizes.add("thumb");
                }
                case "detail_set" -> {
                    fields.addAll(DETAIL);
                    if (endpoint == Endpoint.IMAGES) {
                        fields.addAll(IMAGES_DETAIL_EXTRA);
                    }
                    sizes.addAll(DISPLAY_SIZES);
                }
                case "display_set", "display_sizes" -> sizes.addAll(DISPLAY_SIZES);
                case "comp", "preview", "thumb" -> sizes.add(name);
                default -> {
                    if (!SINGLE_FIELDS.contains(name)) {
                        throw SandboxV3Error.invalidParameter("Invalid value '" + raw.trim()
                                + "' for parameter 'fields': not a known image field or field set.");
                    }
                    fields.add(name);
                }
            }
        }
        if (!sizes.isEmpty()) {
            fields.add("display_sizes");
        }
        fields.remove("id");
        // TreeSet order of "comp", "preview", "thumb" is the order v3 lists display sizes in.
        return new Selection(Collections.unmodifiableSet(fields), List.copyOf(new ArrayList<>(sizes)));
    }
}
