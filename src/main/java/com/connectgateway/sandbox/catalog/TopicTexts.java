package com.connectgateway.sandbox.catalog;

import java.util.List;

/**
 * Titles and captions of open-vocabulary pictures. Every title contains the text of the topic
 * it is given, a {@linkplain Topic#key() key} (case aside), so the picture's title always shows
 * what it was found for.
 */
final class TopicTexts {

    private static final List<String> CAPTION_ENDINGS = List.of("Shot on location.",
            "Natural light, shallow depth of field.", "Copy space on the left.", "High resolution image.",
            "Part of a series.");

    private TopicTexts() {
    }

    static void creative(ImageDraft draft, Topic topic, Place place, String people, Dice dice) {
        String t = topic.text();
        String title = switch (draft.graphicalStyle) {
            case "illustration" -> "Illustration of " + (topic.person() ? "the name " + topic.titled() : t);
            case "vector" -> topic.sentence() + (dice.chance(0.5) ? " icon set" : " line icons") + " - vector";
            case "fine_art" -> topic.sentence() + ", " + dice.pick(List.of("oil on canvas", "watercolour", "etching"));
            default -> topic.person() ? dice.pick(List.of("The name " + topic.titled() + " in neon letters",
                    topic.titled() + " written on a chalkboard", "Vintage poster reading " + topic.titled()))
                    : photoTitle(t, topic, people, dice);
        };
        draft.title = place != null && draft.graphicalStyle.equals("photography") && !topic.person()
                ? title + " in " + place.label() : title;
        if (dice.chance(0.08)) {
            draft.caption = null;
            return;
        }
        draft.caption = draft.title + ". " + dice.pick(CAPTION_ENDINGS);
    }

    private static String photoTitle(String t, Topic topic, String people, Dice dice) {
        return switch (people) {
            case "One Person" -> dice.pick(List.of("Woman with " + t, "Man looking at " + t,
                    "Young woman enjoying " + t, "Senior man and " + t));
            case "Two People" -> dice.pick(List.of("Couple with " + t, "Two friends and " + t));
            case "Group Of People" -> dice.pick(List.of("Group of friends with " + t, "Family enjoying " + t,
                    "Business team discussing " + t));
            default -> dice.pick(List.of(topic.sentence(), topic.sentence() + " on white background",
                    "Close-up of " + t, topic.sentence() + " at sunset", "Still life with " + t));
        };
    }

    /** The happening an editorial picture shows, without its place and date (the caption adds those). */
    static String editorialHappening(Topic topic, SandboxEvent event, Dice dice) {
        if (topic.person()) {
            String action = switch (event.segment()) {
                case CatalogWords.SPORT -> dice.pick(List.of("looks on during", "celebrates during", "attends"));
                case CatalogWords.NEWS -> dice.pick(List.of("speaks during", "arrives for", "attends"));
                default -> dice.pick(List.of("attends", "arrives at", "poses at"));
            };
            return topic.titled() + " " + action + " the " + event.name();
        }
        return dice.pick(List.of(topic.sentence() + " at the " + event.name(),
                "A view of " + topic.text() + " during the " + event.name(),
                topic.sentence() + " is seen at " + event.venue()));
    }
}
