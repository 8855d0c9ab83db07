package com.connectgateway.operations.images;

import java.util.Locale;

/**
 * Every legacy ↔ v3 value family the operations translate, each written once: search filters read
 * them legacy → v3, the image mapper v3 → legacy.
 */
public final class Vocabularies {

    public static final Vocabulary FAMILIES = Vocabulary.create()
            .pair("Creative", "creative").pair("Editorial", "editorial");

    /** Results only; v3 search has no licence filter (Filter.LicensingModels is reported as ignored). */
    public static final Vocabulary LICENSE_MODELS = Vocabulary.create()
            .pair("RoyaltyFree", "royaltyfree").pair("RightsManaged", "rightsmanaged").pair("RightsReady", "rightsready");

    public static final Vocabulary EDITORIAL_SEGMENTS = Vocabulary.create()
            .pair("News", "news").accept("Sports", "sport").pair("Sport", "sport")
            .pair("Entertainment", "entertainment").pair("Publicity", "publicity").pair("Royalty", "royalty")
            .pair("Archival", "archival");

    /** Requests may filter on Vector and FineArt; results keep the two styles legacy results had. */
    public static final Vocabulary GRAPHIC_STYLES = Vocabulary.create()
            .pair("Photography", "photography").pair("Illustration", "illustration")
            .accept("Vector", "vector").accept("FineArt", "fine_art");

    /** Results only: legacy requests had no colour filter. */
    public static final Vocabulary COLOR_TYPES = Vocabulary.create()
            .pair("Color", "color").pair("BlackAndWhite", "black_and_white");

    /** v3's creditpack and aigen have no legacy value. */
    public static final Vocabulary PRODUCT_OFFERINGS = Vocabulary.create()
            .pair("PremiumAccess", "premiumaccess").pair("EditorialSubscription", "editorialsubscription")
            .pair("EasyAccess", "easyaccess").pair("RoyaltyFreeSubscription", "royaltyfreesubscription")
            .pair("ImagePack", "imagepack");

    /** v3 writes panoramic_horizontal in filters; results are matched without the underscore too. */
    public static final Vocabulary ORIENTATIONS = Vocabulary.keyedBy(v3 -> v3.replace("_", "").toLowerCase(Locale.ROOT))
            .pair("Horizontal", "horizontal").pair("Vertical", "vertical").pair("Square", "square")
            .pair("PanoramicHorizontal", "panoramic_horizontal").pair("PanoramicVertical", "panoramic_vertical");

    /** Results only; v3 spells keyword types in several ways, so they are matched without separators. */
    public static final Vocabulary KEYWORD_TYPES = Vocabulary.keyedBy(
            v3 -> v3.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT))
            .pair("Specific people", "specificpeople").pair("Ethnicity", "ethnicity").pair("Age", "age")
            .pair("Gender", "gender").pair("Number of People", "numberofpeople").pair("Concept", "concept")
            .pair("Location", "location").pair("Viewpoint", "viewpoint").pair("Image technique", "imagetechnique")
            .pair("Composition", "composition").pair("Color", "color").pair("Additional Info", "additionalinfo")
            .pair("Candidate Term", "candidateterm").pair("FashionPhrase", "fashionphrase")
            .pair("Entertainment", "entertainment");

    /** Requests only (the result echoes the legacy spelling); Default is v3's creative default. */
    public static final Vocabulary CREATIVE_SORT_ORDERS = Vocabulary.create()
            .accept("Default", "most_popular").accept("MostPopular", "most_popular").accept("MostRecent", "newest");

    /** Requests only; Trending has no v3 order and sorts as MostPopular. */
    public static final Vocabulary EDITORIAL_SORT_ORDERS = Vocabulary.create()
            .accept("Default", "newest").accept("MostRecent", "newest").accept("MostPopular", "most_popular")
            .accept("Trending", "most_popular").accept("Oldest", "oldest");

    /** Video search: Filter.Formats; both (or none) mean no format filter, as v3 takes one value. */
    public static final Vocabulary VIDEO_FORMATS = Vocabulary.create().pair("HD", "hd").pair("SD", "sd");

    /** Video search: Filter.ClipType, editorial only. */
    public static final Vocabulary CLIP_TYPES = Vocabulary.create().pair("Produced", "produced").pair("Raw", "raw");

    /** Video search: Filter.LicensingModels (v3 license_models, creative only). */
    public static final Vocabulary VIDEO_LICENSE_MODELS = Vocabulary.create()
            .pair("RoyaltyFree", "royaltyfree").pair("RightsReady", "rightsready");

    /** Video search, one family: its ResultOptions.SortOrder values (creative has no popularity order in the docs). */
    public static final Vocabulary CREATIVE_VIDEO_SORT_ORDERS = Vocabulary.create()
            .accept("MostRecent", "newest").accept("BestMatch", "best_match");

    /** Trending has no v3 order and sorts as MostPopular, as for images. */
    public static final Vocabulary EDITORIAL_VIDEO_SORT_ORDERS = Vocabulary.create()
            .accept("MostRecent", "newest").accept("MostPopular", "most_popular").accept("Trending", "most_popular");

    /** Video results. */
    public static final Vocabulary ERAS = Vocabulary.create().pair("Archival", "archival").pair("Contemporary", "contemporary");

    /** Video results; v3 writes real_time, matched without separators. */
    public static final Vocabulary SHOT_SPEEDS = Vocabulary.keyedBy(v3 -> v3.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT))
            .pair("RealTime", "real_time").pair("SlowMotion", "slow_motion").pair("TimeLapse", "time_lapse");

    /** Video results: v3's release_info text, matched without spaces and case (other texts pass through). */
    public static final Vocabulary RELEASES = Vocabulary.keyedBy(v3 -> v3.replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT))
            .pair("ModelAndPropertyReleased", "Model and property released").pair("ModelReleased", "Model released")
            .pair("PropertyReleased", "Property released").pair("NoReleaseRequired", "No release required")
            .pair("NotReleased", "Not released");

    private Vocabularies() {
    }
}
