package com.connectgateway.operations.images;

import java.util.Locale;
import java.util.Map;

/** The v3 → legacy value translations (families, licences, segments, styles, ...), in one table each. */
public final class LegacyValues {

    private static final Map<String, String> FAMILIES = Map.of("creative", "Creative", "editorial", "Editorial");
    private static final Map<String, String> LICENSE_MODELS = Map.of(
            "royaltyfree", "RoyaltyFree", "rightsmanaged", "RightsManaged", "rightsready", "RightsReady");
    private static final Map<String, String> SEGMENTS = Map.of(
            "news", "News", "sport", "Sport", "entertainment", "Entertainment", "publicity", "Publicity",
            "royalty", "Royalty", "archival", "Archival");
    private static final Map<String, String> GRAPHIC_STYLES = Map.of(
            "photography", "Photography", "illustration", "Illustration");
    private static final Map<String, String> COLOR_TYPES = Map.of("color", "Color", "black_and_white", "BlackAndWhite");
    private static final Map<String, String> PRODUCT_TYPES = Map.of(
            "premiumaccess", "PremiumAccess", "easyaccess", "EasyAccess", "editorialsubscription", "EditorialSubscription",
            "royaltyfreesubscription", "RoyaltyFreeSubscription", "imagepack", "ImagePack");
    private static final Map<String, String> ORIENTATIONS = Map.of(
            "horizontal", "Horizontal", "vertical", "Vertical", "square", "Square",
            "panoramichorizontal", "PanoramicHorizontal", "panoramicvertical", "PanoramicVertical");
    private static final Map<String, String> KEYWORD_TYPES = Map.ofEntries(
            Map.entry("specificpeople", "Specific people"), Map.entry("ethnicity", "Ethnicity"), Map.entry("age", "Age"),
            Map.entry("gender", "Gender"), Map.entry("numberofpeople", "Number of People"), Map.entry("concept", "Concept"),
            Map.entry("location", "Location"), Map.entry("viewpoint", "Viewpoint"),
            Map.entry("imagetechnique", "Image technique"), Map.entry("composition", "Composition"),
            Map.entry("color", "Color"), Map.entry("additionalinfo", "Additional Info"),
            Map.entry("candidateterm", "Candidate Term"), Map.entry("fashionphrase", "FashionPhrase"),
            Map.entry("entertainment", "Entertainment"));

    private LegacyValues() {
    }

    public static String family(String v3) {
        return lookup(FAMILIES, v3);
    }

    public static String licenseModel(String v3) {
        return lookup(LICENSE_MODELS, v3);
    }

    public static String editorialSegment(String v3) {
        return lookup(SEGMENTS, v3);
    }

    /** fine_art and vector have no legacy value: null. */
    public static String graphicStyle(String v3) {
        return lookup(GRAPHIC_STYLES, v3);
    }

    /** null (no colour information) is Unknown in legacy terms. */
    public static String colorType(String v3) {
        return v3 == null ? "Unknown" : lookup(COLOR_TYPES, v3, "Unknown");
    }

    /** creditpack and aigen have no legacy value: null. */
    public static String productOffering(String v3) {
        return lookup(PRODUCT_TYPES, v3);
    }

    public static String orientation(String v3) {
        return lookup(ORIENTATIONS, v3 == null ? null : v3.replace("_", ""), "Unknown");
    }

    public static String keywordType(String v3) {
        return lookup(KEYWORD_TYPES, v3 == null ? null : v3.replace("_", "").replace(" ", ""), "Unknown");
    }

    private static String lookup(Map<String, String> table, String v3) {
        return lookup(table, v3, null);
    }

    private static String lookup(Map<String, String> table, String v3, String otherwise) {
        return v3 == null ? otherwise : table.getOrDefault(v3.toLowerCase(Locale.ROOT), otherwise);
    }
}
