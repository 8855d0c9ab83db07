package com.connectgateway.sandbox.catalog;

import com.connectgateway.sandbox.catalog.CatalogWords.Action;
import com.connectgateway.sandbox.catalog.CatalogWords.Subject;
import java.util.List;
import java.util.Locale;

/** Generates creative images: stock photographs, illustrations, vectors and fine art. */
final class CreativeImages {

    private static final List<String> STYLES = List.of("photography", "illustration", "vector", "fine_art");
    private static final List<String> CAPTION_ENDINGS = List.of("Shot on location.",
            "Natural light, shallow depth of field.", "Copy space on the right.", "Candid moment with real people.",
            "High resolution image.", "Part of a series.");
    private static final String ALL_USES = "Available for all permitted uses under our |License Terms|.";
    private static final String CONTACT_OFFICE = "Contact your local office for all commercial or promotional uses.";

    private final Dice dice;
    private final ImageParts parts;

    CreativeImages(Dice dice, ImageParts parts) {
        this.dice = dice;
        this.parts = parts;
    }

    SandboxImage create(String id) {
        ImageDraft draft = new ImageDraft();
        draft.id = id;
        draft.assetFamily = SandboxImage.CREATIVE;
        draft.graphicalStyle = dice.weighted(STYLES, 80, 8, 7, 5);
        boolean graphic = draft.graphicalStyle.equals("illustration") || draft.graphicalStyle.equals("vector");
        Subject subject = dice.pick(graphic ? CatalogWords.GRAPHIC_SUBJECTS : CatalogWords.SUBJECTS);
        Action action = dice.pick(subject.actions());
        List<Place> places = CatalogWords.placesFor(subject);
        double placed = CatalogWords.SCENERY.contains(subject) ? 0.8 : 0.55;
        Place place = graphic || places.isEmpty() || !dice.chance(placed) ? null : dice.pick(places);

        credits(draft, graphic);
        describe(draft, subject, action, place);
        // Subject keywords first, as v3 lists the most telling ones first; shape() adds the composition.
        keywords(draft, subject, action, place);
        parts.shape(draft, 2400, 8000);
        int fromYear = draft.graphicalStyle.equals("fine_art") ? 1975 : 1995;
        draft.dateCreated = parts.at(parts.day(fromYear, 2024), 6, 20, place == null
                ? dice.pick(List.of("-08:00", "-07:00", "-05:00", "+00:00", "+01:00", "+09:00", "+10:00"))
                : place.offset());
        draft.dateSubmitted = draft.dateCreated.plusDays(dice.between(1, 90)).plusMinutes(dice.between(0, 600));
        draft.callForImage = dice.chance(0.02);
        draft.qualityRank = dice.between(1, 3);
        draft.allowedUse = allowedUse(draft, !"No People".equals(subject.numberOfPeople()));
        draft.productTypes = productTypes(draft);
        draft.istockReferral = draft.collection.licenseModel().equals(SandboxImage.ROYALTY_FREE) && dice.chance(0.5);
        draft.embeddable = dice.chance(0.7);
        draft.nudity = !graphic && !"No People".equals(subject.numberOfPeople()) && dice.chance(0.05);
        draft.popularity = parts.popularity();
        return draft.build(dice);
    }

    /**
     * A creative picture about an open-vocabulary topic: the topic's words are in the title, the
     * caption and the keywords, so a search for them finds it again; the rest is drawn as for
     * the hand-made catalog. People's names only appear as a concept ("Angelina Jolie" lettering).
     */
    SandboxImage createAbout(String id, Topic topic) {
        ImageDraft draft = new ImageDraft();
        draft.id = id;
        draft.assetFamily = SandboxImage.CREATIVE;
        draft.graphicalStyle = dice.weighted(STYLES, 80, 8, 7, 5);
        boolean graphic = draft.graphicalStyle.equals("illustration") || draft.graphicalStyle.equals("vector");
        Place place = graphic || !dice.chance(0.35) ? null : dice.pick(CatalogWords.CREATIVE_PLACES);
        String people = graphic || topic.person() ? "No People"
                : dice.weighted(List.of("No People", "One Person", "Two People", "Group Of People"), 55, 25, 10, 10);
        credits(draft, graphic);
        TopicTexts.creative(draft, topic, place, people, dice);
        parts.topicKeywords(draft, topic);
        if (place != null) {
            parts.placeKeywords(draft, place);
        }
        draft.keyword(parts.keyword(people));
        parts.techniqueKeywords(draft);
        if (draft.graphicalStyle.equals("vector")) {
            draft.keyword(parts.keyword("Digitally Generated Image"));
        } else if (place == null && dice.chance(0.3)) {
            draft.keyword(parts.keyword("Studio Shot"));
        }
        parts.shape(draft, 2400, 8000);
        int fromYear = draft.graphicalStyle.equals("fine_art") ? 1975 : 1995;
        draft.dateCreated = parts.at(parts.day(fromYear, 2024), 6, 20, place == null
                ? dice.pick(List.of("-08:00", "-05:00", "+00:00", "+01:00", "+09:00")) : place.offset());
        draft.dateSubmitted = draft.dateCreated.plusDays(dice.between(1, 90)).plusMinutes(dice.between(0, 600));
        draft.callForImage = dice.chance(0.02);
        draft.qualityRank = dice.between(1, 3);
        draft.allowedUse = allowedUse(draft, !"No People".equals(people));
        draft.productTypes = productTypes(draft);
        draft.istockReferral = draft.collection.licenseModel().equals(SandboxImage.ROYALTY_FREE) && dice.chance(0.5);
        draft.embeddable = dice.chance(0.7);
        draft.nudity = !"No People".equals(people) && dice.chance(0.03);
        draft.popularity = parts.popularity();
        return draft.build(dice);
    }

    private void describe(ImageDraft draft, Subject subject, Action action, Place place) {
        String scene = subject.text() + " " + action.phrase();
        String where = place == null ? ""
                : (CatalogWords.LANDMARKS.contains(place) ? " at " : " in ") + place.label();
        String description;
        if (place != null && CatalogWords.SCENERY.contains(subject)) {
            // "São Paulo skyline", "Lofoten Islands at sunrise": scenery is titled by the place.
            draft.title = dice.chance(0.3) ? place.label() : place.label() + " " + action.phrase();
            description = draft.title;
        } else {
            draft.title = switch (draft.graphicalStyle) {
                case "illustration" -> "Illustration of " + article(subject.text()) + scene;
                case "vector" -> capitalized(scene) + " - vector";
                // Stock titles often name only the location: "Café de Flore, Paris".
                default -> place != null && dice.chance(0.15) ? place.label() : capitalized(scene) + where;
            };
            description = capitalized(article(subject.text()) + scene + where);
        }
        if (dice.chance(0.08)) {
            draft.caption = null;
            return;
        }
        String prefix = draft.graphicalStyle.equals("fine_art") ? "Fine art photograph: " : "";
        draft.caption = prefix + description + ". " + dice.pick(CAPTION_ENDINGS);
    }

    private AllowedUse allowedUse(ImageDraft draft, boolean withPeople) {
        String release = withPeople
                ? dice.pick(List.of("Model released", "Model and property released", "Released"))
                : dice.pick(List.of("No release required", "Property released", "Released"));
        boolean rightsManaged = draft.collection.licenseModel().equals(SandboxImage.RIGHTS_MANAGED);
        List<String> restrictions = rightsManaged && dice.chance(0.3) ? List.of(CONTACT_OFFICE) : List.of();
        return new AllowedUse(ALL_USES, release, restrictions);
    }

    private List<String> productTypes(ImageDraft draft) {
        if (draft.callForImage || dice.chance(0.05)) {
            return List.of();
        }
        if (draft.collection.licenseModel().equals(SandboxImage.RIGHTS_MANAGED)) {
            return List.of("premiumaccess");
        }
        return dice.chance(0.85) ? List.of("premiumaccess", "royaltyfreesubscription")
                : List.of("premiumaccess", "imagepack");
    }

    private void keywords(ImageDraft draft, Subject subject, Action action, Place place) {
        subject.concepts().forEach(text -> draft.keyword(parts.keyword(text)));
        draft.keyword(parts.keyword(action.keyword()));
        if (place != null) {
            parts.placeKeywords(draft, place);
        }
        draft.keyword(parts.keyword(subject.numberOfPeople()));
        if (subject.age() != null) {
            draft.keyword(parts.keyword(subject.age()));
            draft.keyword(parts.keyword(subject.gender()));
        }
        parts.techniqueKeywords(draft);
        if (draft.graphicalStyle.equals("vector")) {
            draft.keyword(parts.keyword("Digitally Generated Image"));
        } else if (place == null && dice.chance(0.3)) {
            draft.keyword(parts.keyword("Studio Shot"));
        }
        if (dice.chance(0.3)) {
            draft.keyword(parts.keyword(dice.pick(CatalogWords.COLORS)));
        }
    }

    /** "A ", "An " or nothing for plurals such as "students". */
    private static String article(String noun) {
        boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && !noun.contains(" of ");
        if (plural) {
            return "";
        }
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Collection, artist and colour, drawn the same way for hand-made and open-vocabulary pictures. */
    private void credits(ImageDraft draft, boolean graphic) {
        draft.collection = draft.graphicalStyle.equals("vector")
                ? SandboxCollections.VECTORS : dice.pick(SandboxCollections.CREATIVE_PHOTO);
        draft.artist = dice.pick(CatalogWords.CREATIVE_ARTISTS);
        draft.artistTitle = "None";
        draft.copyright = dice.chance(0.05) ? null : draft.artist;
        draft.creditLine = draft.collection.name();
        draft.colorType = graphic ? "color" : parts.colorType(90, 7, 3);
    }
}
