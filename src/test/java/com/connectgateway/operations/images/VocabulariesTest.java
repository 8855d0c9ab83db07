package com.connectgateway.operations.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each value family read both ways from its one table. */
class VocabulariesTest {

    @Test
    void legacyValuesInAnyCaseReadAsV3() {
        assertThat(Vocabularies.ORIENTATIONS.toV3("panoramicvertical")).isEqualTo("panoramic_vertical");
        assertThat(Vocabularies.FAMILIES.toV3(" EDITORIAL ")).isEqualTo("editorial");
        assertThat(Vocabularies.GRAPHIC_STYLES.toV3("FineArt")).isEqualTo("fine_art");
        assertThat(Vocabularies.ORIENTATIONS.toV3("Diagonal")).isNull();
    }

    @Test
    void v3ValuesReadAsLegacy() {
        assertThat(Vocabularies.ORIENTATIONS.toLegacy("panoramic_horizontal")).isEqualTo("PanoramicHorizontal");
        assertThat(Vocabularies.ORIENTATIONS.toLegacy("PanoramicHorizontal")).isEqualTo("PanoramicHorizontal");
        assertThat(Vocabularies.KEYWORD_TYPES.toLegacy("specific_people")).isEqualTo("Specific people");
        assertThat(Vocabularies.PRODUCT_OFFERINGS.toLegacy("EasyAccess")).isEqualTo("EasyAccess");
    }

    @Test
    void aliasesAreAcceptedButNeverWritten() {
        assertThat(Vocabularies.EDITORIAL_SEGMENTS.toV3("Sports")).isEqualTo("sport");
        assertThat(Vocabularies.EDITORIAL_SEGMENTS.toLegacy("sport")).isEqualTo("Sport");
        assertThat(Vocabularies.GRAPHIC_STYLES.toLegacy("vector")).isNull();
        assertThat(Vocabularies.EDITORIAL_SORT_ORDERS.legacySpelling("trending")).isEqualTo("Trending");
        assertThat(Vocabularies.CREATIVE_SORT_ORDERS.toV3("Trending")).isNull();
    }

    @Test
    void resultsShowUnknownWhereLegacyDid() {
        assertThat(LegacyValues.colorType(null)).isEqualTo("Unknown");
        assertThat(LegacyValues.colorType("sepia")).isEqualTo("Unknown");
        assertThat(LegacyValues.orientation(null)).isEqualTo("Unknown");
        assertThat(LegacyValues.keywordType("mood")).isEqualTo("Unknown");
        assertThat(LegacyValues.productOffering("creditpack")).isNull();
    }
}
