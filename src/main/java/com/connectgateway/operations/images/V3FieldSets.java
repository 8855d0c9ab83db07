package com.connectgateway.operations.images;

import java.util.ArrayList;
import java.util.List;

/**
 * Every v3 {@code fields} set the operations ask for, in one place: v3 returns only the fields
 * named, so a mapper reading a member that is not listed here silently gets nothing.
 */
public final class V3FieldSets {

    /** What {@link ImageFieldMapper} reads for every image. */
    static final List<String> IMAGE = List.of("id", "detail_set", "display_set", "uri_oembed", "date_submitted", "color_type");

    /** A search read only for its result_count: the one image it returns carries nothing else. */
    public static final String COUNT_ONLY = "id";

    /** GetImageDownloadAuthorizations: the sizes of each image. */
    public static final String DOWNLOAD_SIZES = "id,downloads";

    /** GetLargestImageDownloadAuthorizations: the largest size and what decides whether it may be had. */
    public static final String LARGEST_DOWNLOADS = "id,call_for_image,largest_downloads,max_dimensions";
    /** What a lightbox item shows of its image: title, caption, display URLs and, when asked for, the largest size. */
    public static final String LIGHTBOX_ITEMS = "id,title,caption,display_set,max_dimensions";

    /** GetEventDetails: every event field {@code EventMapper} reads (v3-api.md §6.8). */
    public static final String EVENTS = "id,name,start_date,child_event_count,editorial_segments,image_count,location,hero_image";

    private V3FieldSets() {
    }

    /** largest_downloads gives ApplicableProductOfferings and needs a user token. */
    public static String search(boolean editorial, boolean includeKeywords, boolean userSession) {
        List<String> fields = new ArrayList<>(IMAGE);
        if (includeKeywords) {
            fields.add("keywords");
        }
        if (editorial) {
            fields.add("editorial_source");
        }
        if (userSession) {
            fields.add("largest_downloads");
        }
        return String.join(",", fields);
    }

    /**
     * What the video mapper reads: the entry's members, display sizes with key frames
     * (display_set), keywords, and for user sessions the download sizes with their products.
     * {@code source} is an editorial member only.
     */
    public static String videoSearch(boolean editorial, boolean userSession) {
        return VIDEO + (editorial ? ",source" : "") + (userSession ? ",download_sizes" : "");
    }

    /** {@link #videoSearch} for a look-up by id, whose family is not known in advance. */
    public static String videoLookup(boolean userSession) {
        return VIDEO + ",source" + (userSession ? ",download_sizes" : "");
    }

    private static final String VIDEO = "id,allowed_use,artist,asset_family,call_for_image,caption,clip_length,collection_id,"
            + "collection_name,color_type,copyright,date_created,display_set,era,keywords,license_model,mastered_to,"
            + "originally_shot_on,shot_speed,title";

    /** download_sizes and largest_downloads need a user token. */
    public static String details(boolean userSession) {
        List<String> fields = new ArrayList<>(IMAGE);
        fields.addAll(List.of("keywords", "editorial_source"));
        if (userSession) {
            fields.addAll(List.of("download_sizes", "largest_downloads"));
        }
        return String.join(",", fields);
    }
}
