package com.connectgateway.sandbox.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Steps shared by the creative and editorial generators: shape, timestamps, common keywords. */
final class ImageParts {

    private static final List<String> ORIENTATIONS = List.of("Horizontal", "Vertical", "Square",
            "PanoramicHorizontal", "PanoramicVertical");

    private final Dice dice;
    private final KeywordVocabulary vocabulary;

    ImageParts(Dice dice, KeywordVocabulary vocabulary) {
        this.dice = dice;
        this.vocabulary = vocabulary;
    }

    Keyword keyword(String text) {
        return vocabulary.get(text);
    }

    /**
     * Picks an orientation and the matching maximum dimensions. Callers keep the long side at 2000 px or more
     * so every image has at least three download sizes.
     */
    void shape(ImageDraft draft, int minLongSide, int maxLongSide) {
        draft.orientation = dice.weighted(ORIENTATIONS, 55, 30, 8, 5, 2);
        int longSide = dice.between(minLongSide, maxLongSide);
        double ratio = switch (draft.orientation) {
            case "Square" -> 1.0;
            case "PanoramicHorizontal", "PanoramicVertical" -> dice.pick(List.of(2.5, 3.0, 4.0));
            default -> dice.pick(List.of(1.5, 4.0 / 3.0, 16.0 / 9.0));
        };
        int shortSide = (int) Math.round(longSide / ratio);
        boolean tall = draft.orientation.startsWith("Vertical") || draft.orientation.equals("PanoramicVertical");
        draft.maxWidth = tall ? shortSide : longSide;
        draft.maxHeight = tall ? longSide : shortSide;
        draft.keyword(keyword(CatalogWords.ORIENTATION_KEYWORDS.get(draft.orientation)));
    }

    OffsetDateTime at(LocalDate day, int fromHour, int toHour, String offset) {
        LocalTime time = LocalTime.of(dice.between(fromHour, toHour), dice.between(0, 59));
        return OffsetDateTime.of(day, time, ZoneOffset.of(offset));
    }

    LocalDate day(int fromYear, int toYear) {
        return LocalDate.of(dice.between(fromYear, toYear), dice.between(1, 12), dice.between(1, 28));
    }

    /** Mostly low scores and a few very popular images, as real popularity looks. */
    int popularity() {
        return (int) Math.round(Math.pow(dice.fraction(), 3) * 100_000);
    }

    String colorType(int colorWeight, int blackAndWhiteWeight, int unknownWeight) {
        return dice.weighted(Arrays.asList("color", "black_and_white", null), colorWeight,
                blackAndWhiteWeight, unknownWeight);
    }

    /** Technique, colour, composition and viewpoint keywords every image gets some of. */
    void techniqueKeywords(ImageDraft draft) {
        draft.keyword(keyword(switch (draft.graphicalStyle) {
            case "illustration" -> "Illustration";
            case "vector" -> "Vector";
            case "fine_art" -> "Fine Art";
            default -> "Photography";
        }));
        if (draft.colorType != null) {
            draft.keyword(keyword("color".equals(draft.colorType) ? "Color Image" : "Black And White"));
        }
        if (dice.chance(0.4)) {
            draft.keyword(keyword(dice.pick(CatalogWords.EXTRA_COMPOSITIONS)));
        }
        if (dice.chance(0.3)) {
            draft.keyword(keyword(dice.pick(CatalogWords.VIEWPOINTS)));
        }
    }

    /**
     * The topic itself first, then each of its words when it has several, as v3 lists the most
     * telling keywords first. A person's name is a SpecificPeople keyword.
     */
    void topicKeywords(ImageDraft draft, Topic topic) {
        draft.keyword(KeywordVocabulary.topic(topic.titled(), topic.person() ? "SpecificPeople" : "Concept"));
        if (topic.contentWords().size() > 1 && !topic.person()) {
            for (String word : topic.contentWords()) {
                draft.keyword(KeywordVocabulary.topic(word.substring(0, 1).toUpperCase(Locale.ROOT)
                        + word.substring(1), "Concept"));
            }
        }
    }

    void placeKeywords(ImageDraft draft, Place place) {
        place.keywords().forEach(text -> draft.keyword(keyword(text)));
        draft.city = place.city();
        draft.stateProvince = place.state();
        draft.country = place.country();
    }
}
