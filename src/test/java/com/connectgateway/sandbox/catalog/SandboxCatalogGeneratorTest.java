package com.connectgateway.sandbox.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated catalog: deterministic, big enough, and shaped like v3 data. */
class SandboxCatalogGeneratorTest {

    private static CatalogGenerator.Generated catalog;

    @BeforeAll
    static void generate() {
        catalog = CatalogGenerator.generate(CatalogGenerator.SEED, CatalogGenerator.IMAGE_COUNT);
    }

    private static List<SandboxImage> images() {
        return catalog.images();
    }

    @Test
    void theSameSeedGivesTheSameCatalog() {
        CatalogGenerator.Generated again = CatalogGenerator.generate(CatalogGenerator.SEED, CatalogGenerator.IMAGE_COUNT);
        assertThat(again.images()).isEqualTo(images());
        assertThat(again.events()).isEqualTo(catalog.events());
        assertThat(again.vocabulary().all()).isEqualTo(catalog.vocabulary().all());
        assertThat(CatalogGenerator.generate(7, 50).images()).isNotEqualTo(images().subList(0, 50));
    }

    @Test
    void numericIdsAndAboutHalfOfEachFamily() {
        assertThat(images()).hasSizeGreaterThanOrEqualTo(1200);
        assertThat(images().get(0).id()).isEqualTo("100000001");
        assertThat(images()).extracting(SandboxImage::id).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d{9}"));
        long creative = images().stream().filter(SandboxImage::creative).count();
        assertThat(creative).isBetween(images().size() * 2L / 5, images().size() * 3L / 5);
    }

    @Test
    void familiesStayInTheirCollectionsAndLicenseModels() {
        for (SandboxImage image : images()) {
            assertThat(image.collection().assetFamily()).isEqualTo(image.assetFamily());
            assertThat(image.licenseModel()).isEqualTo(image.collection().licenseModel());
            if (image.creative()) {
                assertThat(image.editorialSegments()).isEmpty();
                assertThat(image.eventIds()).isEmpty();
                assertThat(image.people()).isEmpty();
                assertThat(image.editorialSource()).isNull();
            } else {
                assertThat(image.licenseModel()).isEqualTo("rightsmanaged");
                assertThat(image.editorialSegments()).isNotEmpty()
                        .isSubsetOf("news", "sport", "entertainment", "publicity", "royalty", "archival");
                assertThat(image.editorialSource()).isNotNull();
                assertThat(image.allowedUse().releaseInfo()).isEqualTo("Not released. More information");
            }
        }
        assertThat(images()).extracting(SandboxImage::licenseModel).contains("royaltyfree", "rightsmanaged");
        assertThat(SandboxCollections.ALL).extracting(SandboxCollection::id).doesNotHaveDuplicates().hasSize(12);
    }

    @Test
    void fieldsSpreadLikeRealData() {
        assertThat(share(SandboxImage::callForImage)).isBetween(0.005, 0.04);
        assertThat(share(SandboxImage::embeddable)).isBetween(0.6, 0.8);
        assertThat(images().stream().filter(SandboxImage::creative).filter(SandboxImage::nudity).count()
                / (double) images().stream().filter(SandboxImage::creative).count()).isBetween(0.01, 0.06);
        assertThat(countBy(SandboxImage::graphicalStyle)).containsOnlyKeys("photography", "illustration", "vector",
                "fine_art");
        assertThat(countBy(SandboxImage::orientation)).containsOnlyKeys("Horizontal", "Vertical", "Square",
                "PanoramicHorizontal", "PanoramicVertical");
        assertThat(images()).extracting(SandboxImage::colorType).contains("color", "black_and_white", null);
        assertThat(images()).allMatch(image -> image.qualityRank() >= 1 && image.qualityRank() <= 3);
        assertThat(images()).allMatch(image -> image.dateSubmitted().isAfter(image.dateCreated()));
        assertThat(images()).extracting(image -> image.dateCreated().getYear())
                .allMatch(year -> year >= 1950 && year <= 2024).contains(1950, 2024);
        assertThat(images()).filteredOn(image -> image.collection() == SandboxCollections.ARCHIVE)
                .allMatch(image -> image.dateCreated().getYear() < 1990);
        assertThat(images()).filteredOn(SandboxImage::vector).isNotEmpty()
                .allMatch(image -> image.fileTypes().equals(List.of("jpg", "eps")));
        assertThat(images()).allMatch(image -> Math.max(image.maxWidth(), image.maxHeight()) > 1600);
    }

    @Test
    void keywordsComeFromASharedVocabulary() {
        List<Keyword> vocabulary = catalog.vocabulary().all();
        assertThat(vocabulary).hasSizeBetween(180, 300).extracting(Keyword::id).doesNotHaveDuplicates();
        assertThat(vocabulary).extracting(Keyword::type).containsOnly("SpecificPeople", "Concept", "Location",
                "Composition", "Color", "NumberOfPeople", "Age", "Gender", "ImageTechnique", "Viewpoint");
        assertThat(vocabulary).filteredOn(k -> k.type().equals("SpecificPeople")).hasSize(30);
        for (SandboxImage image : images()) {
            assertThat(image.keywords()).hasSizeBetween(5, 15);
            assertThat(image.keywords()).allMatch(k -> k.relevance() == null || k.relevance() >= 1 && k.relevance() <= 5);
            for (String person : image.people()) {
                assertThat(image.keywords()).anyMatch(k -> k.keyword().text().equals(person)
                        && k.keyword().type().equals("SpecificPeople"));
            }
        }
        Map<String, Long> uses = images().stream().flatMap(image -> image.keywords().stream())
                .collect(Collectors.groupingBy(k -> k.keyword().id(), Collectors.counting()));
        assertThat(uses.values().stream().filter(count -> count >= 5).count()).isGreaterThan(150);
    }

    @Test
    void someTitlesAndKeywordsAreNotAscii() {
        Set<String> keywords = images().stream().flatMap(image -> image.keywords().stream())
                .map(k -> k.keyword().text()).collect(Collectors.toSet());
        assertThat(keywords).contains("Café de Flore", "Zürich", "東京タワー", "São Paulo", "Ørestad", "Köln");
        for (String place : List.of("Café de Flore, Paris", "Zürich Hauptbahnhof", "東京タワー", "São Paulo skyline",
                "Ørestad")) {
            assertThat(images()).as(place).anyMatch(image -> image.title().contains(place));
        }
        assertThat(images()).anyMatch(image -> image.title().equals("Café de Flore, Paris"));
    }

    @Test
    void eventsAndPeople() {
        assertThat(catalog.events()).hasSize(40).extracting(SandboxEvent::id).doesNotHaveDuplicates();
        Set<Integer> used = images().stream().flatMap(image -> image.eventIds().stream()).collect(Collectors.toSet());
        assertThat(used).hasSizeGreaterThan(35);
        assertThat(images().stream().flatMap(image -> image.people().stream()).distinct().count()).isGreaterThan(25);
    }

    private static double share(Predicate<SandboxImage> predicate) {
        return images().stream().filter(predicate).count() / (double) images().size();
    }

    private static Map<String, Long> countBy(Function<SandboxImage, String> key) {
        return images().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
