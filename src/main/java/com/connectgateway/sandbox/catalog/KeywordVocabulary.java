package com.connectgateway.sandbox.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shared keyword vocabulary (~250 keywords). Ids are assigned in the fixed order of
 * {@link CatalogWords}, so they are the same on every start and {@code keyword_ids} filters find
 * the same images; a text keeps the type it was first registered with.
 */
public final class KeywordVocabulary {

    private static final int FIRST_ID = 60101;
    private static final long TOPIC_IDS_FROM = 7_000_000L;
    private static final long TOPIC_ID_RANGE = 90_000_000L;

    private final Map<String, Keyword> byText = new LinkedHashMap<>();
    private final Map<String, Keyword> byId = new LinkedHashMap<>();

    KeywordVocabulary() {
        registerAll("Composition", CatalogWords.COMPOSITIONS);
        registerAll("Color", CatalogWords.COLORS);
        registerAll("NumberOfPeople", CatalogWords.NUMBER_OF_PEOPLE);
        registerAll("Age", CatalogWords.AGES);
        registerAll("Gender", CatalogWords.GENDERS);
        registerAll("ImageTechnique", CatalogWords.TECHNIQUES);
        registerAll("Viewpoint", CatalogWords.VIEWPOINTS);
        for (CatalogWords.Subject subject : CatalogWords.SUBJECTS) {
            registerAll("Concept", subject.concepts());
            subject.actions().forEach(action -> register("Concept", action.keyword()));
        }
        registerAll("Concept", CatalogWords.EDITORIAL_CONCEPTS);
        CatalogWords.CREATIVE_PLACES.forEach(place -> registerAll("Location", place.keywords()));
        CatalogWords.TEAMS.forEach(team -> registerAll("Location", team.home().keywords()));
        List.of(CatalogWords.CANNES, CatalogWords.LOS_ANGELES, CatalogWords.NEW_YORK, CatalogWords.WASHINGTON,
                CatalogWords.BRUSSELS, CatalogWords.TOKYO, CatalogWords.SYDNEY, CatalogWords.COPENHAGEN,
                CatalogWords.MONACO, CatalogWords.MADRID).forEach(place -> registerAll("Location", place.keywords()));
        CatalogWords.PEOPLE.forEach(person -> register("SpecificPeople", person.name()));
    }

    /** The keyword with this English text; an unknown text is a bug in the word lists. */
    Keyword get(String text) {
        Keyword keyword = byText.get(text);
        if (keyword == null) {
            throw new IllegalStateException("Keyword not in the sandbox vocabulary: " + text);
        }
        return keyword;
    }

    /**
     * A keyword of an open-vocabulary topic. Not registered (there are endless topics): its id is
     * derived from the text, in a range above the registered ids, so the same text always has
     * the same id and {@code keyword_ids} filters work on it.
     */
    static Keyword topic(String text, String type) {
        long id = TOPIC_IDS_FROM + Math.floorMod(Hashing.of(text.toLowerCase(Locale.ROOT)), TOPIC_ID_RANGE);
        return new Keyword(String.valueOf(id), text, type, null);
    }

    public Optional<Keyword> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Keyword> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    private void registerAll(String type, List<String> texts) {
        texts.forEach(text -> register(type, text));
    }

    private void register(String type, String text) {
        if (byText.containsKey(text)) {
            return;
        }
        Keyword keyword = new Keyword(String.valueOf(FIRST_ID + byText.size()), text, type, CatalogWords.GERMAN.get(text));
        byText.put(text, keyword);
        byId.put(keyword.id(), keyword);
    }
}
