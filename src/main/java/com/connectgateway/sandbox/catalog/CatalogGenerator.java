package com.connectgateway.sandbox.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the whole sandbox catalog from one seed: the same seed always gives the same events,
 * images, ids and keywords, so tests and demos can rely on what a search returns.
 */
public final class CatalogGenerator {

    /** What one generation produced. */
    public record Generated(List<SandboxImage> images, List<SandboxEvent> events, KeywordVocabulary vocabulary) {
    }

    public static final long SEED = 20_130_502L;
    public static final int IMAGE_COUNT = 1_500;
    /** Ids run from 100000001 upwards: nine digits, below the open vocabulary's ids (eleven or more). */
    public static final long FIRST_ID = 100_000_001L;

    private CatalogGenerator() {
    }

    public static Generated generate(long seed, int imageCount) {
        Dice dice = new Dice(seed);
        KeywordVocabulary vocabulary = new KeywordVocabulary();
        ImageParts parts = new ImageParts(dice, vocabulary);
        List<SandboxEvent> events = new EventGenerator(dice).generate();
        CreativeImages creative = new CreativeImages(dice, parts);
        EditorialImages editorial = new EditorialImages(dice, parts, events);
        List<SandboxImage> images = new ArrayList<>(imageCount);
        for (int i = 0; i < imageCount; i++) {
            String id = String.valueOf(FIRST_ID + i);
            // A coin per image rather than alternating, so the family does not follow the id's parity.
            images.add(dice.chance(0.5) ? creative.create(id) : editorial.create(id));
        }
        return new Generated(List.copyOf(images), events, vocabulary);
    }
}
