package com.connectgateway.sandbox.v3;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a v3 {@code fields} parameter into the video fields to return, with v3's video sets
 * (reference §5.6): {@code summary_set} (the default), {@code detail_set}, and {@code display_set},
 * which is {@code display_sizes} plus {@code key_frames}. {@code comp}, {@code preview} and
 * {@code thumb} pick entries of {@code display_sizes}, as for images. An unknown name is a 400.
 */
final class VideoFieldSelector {

    /** Which v3 resource the fields are for: {@code largest_downloads} differs between them, as for images. */
    enum Endpoint {
        SEARCH, VIDEOS
    }

    /** The chosen fields (alphabetical, as v3 returns them) and display sizes (comp, preview, thumb). */
    record Selection(Set<String> fields, List<String> displaySizes) {
    }

    private static final List<String> SUMMARY = List.of("asset_family", "caption", "collection_code",
            "collection_name", "license_model", "title");
    private static final List<String> DETAIL = List.of("allowed_use", "artist", "asset_family", "call_for_image",
            "caption", "clip_length", "collection_code", "collection_id", "collection_name", "color_type",
            "copyright", "date_created", "download_sizes", "era", "event_ids", "license_model", "mastered_to",
            "originally_shot_on", "product_types", "quality_rank", "shot_speed", "source", "title");
    static final Set<String> SINGLE_FIELDS = Set.of("id", "allowed_use", "artist", "asset_family", "call_for_image",
            "caption", "clip_length", "collection_code", "collection_id", "collection_name", "color_type", "copyright",
            "date_created", "display_sizes", "download_sizes", "era", "event_ids", "key_frames", "keywords",
            "largest_downloads", "license_model", "mastered_to", "originally_shot_on", "product_types",
            "quality_rank", "shot_speed", "source", "title");

    private VideoFieldSelector() {
    }

    static Selection parse(String fieldsParameter) {
        Set<String> fields = new TreeSet<>();
        Set<String> sizes = new TreeSet<>();
        String requested = fieldsParameter == null || fieldsParameter.isBlank() ? "summary_set" : fieldsParameter;
        for (String raw : requested.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            switch (name) {
                case "summary_set", "detail_set" -> {
                    fields.addAll(name.equals("summary_set") ? SUMMARY : DETAIL);
                    sizes.addAll(ImageFieldSelector.DISPLAY_SIZES);
                }
                case "display_set" -> {
                    sizes.addAll(ImageFieldSelector.DISPLAY_SIZES);
                    fields.add("key_frames");
                }
                case "display_sizes" -> sizes.addAll(ImageFieldSelector.DISPLAY_SIZES);
                case "comp", "preview", "thumb" -> sizes.add(name);
                default -> {
                    if (!SINGLE_FIELDS.contains(name)) {
                        throw SandboxV3Error.invalidParameter("Invalid value '" + raw.trim()
                                + "' for parameter 'fields': not a known video field or field set.");
                    }
                    fields.add(name);
                }
            }
        }
        if (!sizes.isEmpty()) {
            fields.add("display_sizes");
        }
        fields.remove("id");
        return new Selection(Collections.unmodifiableSet(fields), List.copyOf(sizes));
    }
}
