package com.connectgateway.operations.images;

/**
 * The v3 → legacy reading of {@link Vocabularies} for results, with the legacy value a result
 * shows when v3 gives none or one legacy never had.
 */
public final class LegacyValues {

    private LegacyValues() {
    }

    public static String family(String v3) {
        return Vocabularies.FAMILIES.toLegacy(v3);
    }

    public static String licenseModel(String v3) {
        return Vocabularies.LICENSE_MODELS.toLegacy(v3);
    }

    public static String editorialSegment(String v3) {
        return Vocabularies.EDITORIAL_SEGMENTS.toLegacy(v3);
    }

    /** fine_art and vector have no legacy value: null. */
    public static String graphicStyle(String v3) {
        return Vocabularies.GRAPHIC_STYLES.toLegacy(v3);
    }

    /** null (no colour information) is Unknown in legacy terms. */
    public static String colorType(String v3) {
        return Vocabularies.COLOR_TYPES.toLegacy(v3, "Unknown");
    }

    /** creditpack and aigen have no legacy value: null. */
    public static String productOffering(String v3) {
        return Vocabularies.PRODUCT_OFFERINGS.toLegacy(v3);
    }

    public static String orientation(String v3) {
        return Vocabularies.ORIENTATIONS.toLegacy(v3, "Unknown");
    }

    public static String keywordType(String v3) {
        return Vocabularies.KEYWORD_TYPES.toLegacy(v3, "Unknown");
    }
}
