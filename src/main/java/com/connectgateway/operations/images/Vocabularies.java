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

    private Vocabularies() {
    }
}
