package com.connectgateway.sandbox.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The open vocabulary as pure functions: which phrases it answers, its ids and its pictures. */
class SandboxOpenVocabularyTest {

    private static EnglishVocabulary english;
    private static OpenVocabulary open;
    private static long loadMillis;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        english = EnglishVocabulary.load();
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        CatalogGenerator.Generated catalog = CatalogGenerator.generate(CatalogGenerator.SEED, 10);
        open = new OpenVocabulary(english, catalog.vocabulary(), catalog.events());
    }

    @Test
    void theWordListsLoadQuicklyAndHoldTensOfThousandsOfWords() {
        System.out.println("vocabulary: " + english.size() + " words in " + loadMillis + " ms");
        assertThat(english.size()).isGreaterThan(80_000);
        assertThat(loadMillis).isLessThan(3_000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "tree", "angelina jolie", "football", "christmas", "flower", "money", "obama", "dog",
            "kitties", "business", "Kitties", "christmas tree", "portrait of a dog", "mother's day", "london 2012",
            "New York", "running" })
    void ordinaryWordsAndWellKnownNamesAreTopics(String phrase) {
        assertThat(open.topic(phrase)).as(phrase).isPresent();
        Topics.Totals totals = open.totals(open.topic(phrase).orElseThrow());
        assertThat(totals.creative()).isBetween(1_000, Topics.MAX_PER_FAMILY);
        assertThat(totals.editorial()).isBetween(1_000, Topics.MAX_PER_FAMILY);
    }

    @ParameterizedTest
    @ValueSource(strings = { "xqzvbnm", "asdkjhqwe", "tree xqzvbnm", "qqqxyzzy nothing matches this", "the of",
            "zürich", "東京タワー", "", "   ", "a b c d e f g h i j k l m n o p q r s" })
    void gibberishAndOtherPhrasesAreNot(String phrase) {
        assertThat(open.topic(phrase)).as(phrase).isEmpty();
    }

    @Test
    void namesOfPeopleAreTopicsAboutPeopleAndOrdinaryWordsAreNot() {
        assertThat(open.topic("angelina jolie").orElseThrow().person()).isTrue();
        assertThat(open.topic("obama").orElseThrow().person()).isTrue();
        assertThat(open.topic("tree").orElseThrow().person()).isFalse();
        assertThat(open.topic("rose").orElseThrow().person()).isFalse();
        assertThat(open.topic("money").orElseThrow().person()).isFalse();
        assertThat(open.topic("lionel messi").orElseThrow().person()).isTrue();
        assertThat(open.topic("cumberbatch").orElseThrow().person()).isTrue();
        // Einstein is also "a genius" in WordNet: an ordinary word, so not taken for a person.
        assertThat(open.topic("einstein").orElseThrow().person()).isFalse();
        assertThat(open.topic("obama speech").orElseThrow().person()).isFalse();
    }

    @Test
    void phrasesAreCanonical() {
        assertThat(open.topic("  Christmas   TREE ").orElseThrow().text()).isEqualTo("christmas tree");
        assertThat(open.topic("mother's day").orElseThrow().text()).isEqualTo("mothers day");
        assertThat(open.topic("black-and-white dog").orElseThrow().text()).isEqualTo("black and white dog");
    }

    @Test
    void moreWordsNeverFindMore() {
        Topics.Totals coffee = open.totals(open.topic("coffee").orElseThrow());
        Topics.Totals latte = open.totals(open.topic("coffee latte").orElseThrow());
        assertThat(latte.creative()).isLessThanOrEqualTo(coffee.creative());
        assertThat(latte.editorial()).isLessThanOrEqualTo(coffee.editorial());
    }

    @Test
    void idsCarryTopicFamilyAndRank() {
        String id = OpenImageIds.id("angelina jolie", true, 17);
        assertThat(id).matches("[1-9][0-9]{10,}");
        assertThat(OpenImageIds.decode(id)).contains(new OpenImageIds.Decoded("angelina jolie", true, 17));
        assertThat(OpenImageIds.id("dog", false, 0)).hasSizeGreaterThanOrEqualTo(11);
        assertThat(OpenImageIds.decode("100000001")).isEmpty();
        assertThat(OpenImageIds.decode("0123456789012")).isEmpty();
        assertThat(OpenImageIds.decode("abc")).isEmpty();
    }

    @Test
    void anIdResolvesToTheSamePictureEveryTime() {
        Topic tree = open.topic("christmas tree").orElseThrow();
        for (boolean editorial : new boolean[] { false, true }) {
            for (int rank : new int[] { 0, 1, 999 }) {
                SandboxImage image = open.image(tree, editorial, rank);
                assertThat(open.image(image.id())).contains(image);
                assertThat(image.assetFamily()).isEqualTo(editorial ? "editorial" : "creative");
                assertThat(image.title().toLowerCase(Locale.ROOT)).contains("christmas tree");
                assertThat(image.keywords()).extracting(k -> k.keyword().text()).contains("Christmas Tree");
            }
        }
    }

    @Test
    void idsBeyondTheTotalOrOfNoTopicResolveToNothing() {
        Topic dog = open.topic("dog").orElseThrow();
        int creative = open.totals(dog).creative();
        assertThat(open.image(OpenImageIds.id("dog", false, creative - 1))).isPresent();
        assertThat(open.image(OpenImageIds.id("dog", false, creative))).isEmpty();
        assertThat(open.image(OpenImageIds.id("xqzvbnm", false, 0))).isEmpty();
        // Not canonical: the same words with two spaces are not a topic's text.
        assertThat(open.image(OpenImageIds.id("dog  dog", false, 0))).isEmpty();
    }

    @Test
    void editorialPicturesOfPeopleLookEditorialAndCreativeOnesCreative() {
        Topic jolie = open.topic("angelina jolie").orElseThrow();
        Set<String> segments = new HashSet<>();
        for (int rank = 0; rank < 50; rank++) {
            SandboxImage editorial = open.image(jolie, true, rank);
            assertThat(editorial.people()).containsExactly("Angelina Jolie");
            assertThat(editorial.eventIds()).hasSize(1);
            assertThat(editorial.editorialSegments()).isNotEmpty().doesNotContain("archival");
            assertThat(editorial.caption()).contains("Angelina Jolie").contains("(Photo by ");
            segments.addAll(editorial.editorialSegments());
            SandboxImage creative = open.image(jolie, false, rank);
            assertThat(creative.people()).isEmpty();
            assertThat(creative.editorialSegments()).isEmpty();
            assertThat(creative.eventIds()).isEmpty();
            assertThat(creative.licenseModel()).isIn(SandboxImage.ROYALTY_FREE, SandboxImage.RIGHTS_MANAGED);
        }
        assertThat(segments).hasSizeGreaterThan(1);
    }

    @Test
    void picturesOfATopicDiffer() {
        Topic flower = open.topic("flower").orElseThrow();
        List<String> titles = new ArrayList<>();
        for (int rank = 0; rank < 40; rank++) {
            titles.add(open.image(flower, false, rank).title());
        }
        assertThat(new HashSet<>(titles)).hasSizeGreaterThan(10);
    }
}
