package com.connectgateway.sandbox.catalog;

import static com.connectgateway.sandbox.catalog.CatalogWords.ARCHIVAL;
import static com.connectgateway.sandbox.catalog.CatalogWords.ENTERTAINMENT;
import static com.connectgateway.sandbox.catalog.CatalogWords.NEWS;
import static com.connectgateway.sandbox.catalog.CatalogWords.PUBLICITY;
import static com.connectgateway.sandbox.catalog.CatalogWords.ROYALTY;
import static com.connectgateway.sandbox.catalog.CatalogWords.SPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Generates editorial images: pictures from the events, plus archive and daily-life scenes. */
final class EditorialImages {

    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMMM dd", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final String EDITORIAL_USE = "Editorial use only. Not for commercial or promotional use.";
    private static final String NOT_RELEASED = "Not released. More information";
    private static final List<String> RESTRICTIONS_CONTACT = List.of(
            "Contact your local office for all commercial or promotional uses.");
    private static final List<String> RESTRICTIONS_PRESS = List.of(
            "Full editorial rights UK, US, Ireland, Italy, Canada (except Quebec). Restricted editorial rights for "
                    + "daily newspapers elsewhere, please call.");
    private static final Set<String> EUROPE = Set.of("United Kingdom", "France", "Germany", "Italy", "Spain", "Monaco",
            "Belgium", "Denmark", "Switzerland", "Norway", "Iceland");

    private final Dice dice;
    private final ImageParts parts;
    private final List<SandboxEvent> events;

    EditorialImages(Dice dice, ImageParts parts, List<SandboxEvent> events) {
        this.dice = dice;
        this.parts = parts;
        this.events = events;
    }

    SandboxImage create(String id) {
        ImageDraft draft = new ImageDraft();
        draft.id = id;
        draft.assetFamily = SandboxImage.EDITORIAL;
        if (dice.chance(0.85)) {
            fromEvent(draft, dice.pick(events));
        } else if (dice.chance(0.6)) {
            archiveScene(draft);
        } else {
            dailyLife(draft);
        }
        draft.graphicalStyle = dice.chance(0.03) ? "illustration" : "photography";
        parts.shape(draft, 2000, ARCHIVAL.equals(draft.editorialSegments.get(0)) ? 4500 : 6000);
        licensing(draft);
        draft.keyword(parts.keyword(switch (draft.people.size()) {
            case 0 -> dice.chance(0.5) ? "Crowd" : "No People";
            case 1 -> "One Person";
            case 2 -> "Two People";
            default -> "Three People";
        }));
        parts.techniqueKeywords(draft);
        return draft.build(dice);
    }

    /**
     * An editorial picture about an open-vocabulary topic, shot at one of the sandbox's events: a
     * person is named in the title, caption, people and keywords and appears at premieres, matches
     * and summits (never in the archive); a thing is seen at any event.
     */
    SandboxImage createAbout(String id, Topic topic) {
        ImageDraft draft = new ImageDraft();
        draft.id = id;
        draft.assetFamily = SandboxImage.EDITORIAL;
        List<SandboxEvent> candidates = topic.person()
                ? events.stream().filter(event -> !ARCHIVAL.equals(event.segment())).toList() : events;
        SandboxEvent event = dice.pick(candidates);
        String segment = event.segment();
        boolean archival = ARCHIVAL.equals(segment);
        draft.eventIds = List.of(event.id());
        draft.editorialSegments = segments(segment);
        draft.collection = collection(segment);
        byline(draft, archival);
        draft.people = topic.person() ? List.of(topic.titled()) : List.of();
        draft.colorType = archival ? parts.colorType(10, 85, 5) : parts.colorType(95, 3, 2);
        draft.dateCreated = parts.at(event.date(), archival ? 11 : 10, archival ? 16 : 22, event.place().offset());
        draft.dateSubmitted = archival ? digitised() : draft.dateCreated.plusMinutes(dice.between(15, 360));
        draft.copyright = copyright(draft);
        String happening = TopicTexts.editorialHappening(topic, event, dice);
        draft.title = happening;
        Place place = event.place();
        draft.caption = (archival ? LONG_DATE.format(draft.dateCreated) : dateline(place, draft.dateCreated)) + ": "
                + happening + " at " + event.venue() + " on " + LONG_DATE.format(draft.dateCreated) + " in "
                + place.city() + ", " + place.country() + ". (Photo by " + draft.artist + "/" + draft.creditLine + ")";
        parts.topicKeywords(draft, topic);
        event.conceptKeywords().forEach(text -> draft.keyword(parts.keyword(text)));
        parts.placeKeywords(draft, place);
        draft.graphicalStyle = "photography";
        parts.shape(draft, 2000, archival ? 4500 : 6000);
        licensing(draft);
        draft.keyword(parts.keyword(topic.person() ? "One Person" : dice.chance(0.5) ? "Crowd" : "No People"));
        parts.techniqueKeywords(draft);
        return draft.build(dice);
    }

    private void fromEvent(ImageDraft draft, SandboxEvent event) {
        String segment = event.segment();
        draft.eventIds = List.of(event.id());
        draft.editorialSegments = segments(segment);
        draft.collection = collection(segment);
        boolean archival = ARCHIVAL.equals(segment);
        byline(draft, archival);
        List<SandboxPerson> people = dice.pickDistinct(event.people(), peopleCount(segment, event));
        draft.people = people.stream().map(SandboxPerson::name).toList();
        draft.colorType = archival ? parts.colorType(10, 85, 5) : parts.colorType(95, 3, 2);
        draft.dateCreated = parts.at(event.date(), archival ? 11 : 10, archival ? 16 : 22, event.place().offset());
        draft.dateSubmitted = archival ? digitised() : draft.dateCreated.plusMinutes(dice.between(15, 360));
        draft.copyright = copyright(draft);
        String who = people.isEmpty() ? null : describe(people);
        Place place = event.place();
        String happening;
        if (who == null) {
            happening = crowdTitle(segment, event) + " during the " + event.name();
            draft.title = archival ? event.name() + " " + event.date().getYear() : happening;
        } else {
            String action = action(segment, people.get(0));
            happening = who + " " + atEvent(people.size() > 1 ? plural(action) : action, event);
            draft.title = dice.chance(0.4) ? event.name() : happening;
        }
        draft.caption = (archival ? LONG_DATE.format(draft.dateCreated) : dateline(place, draft.dateCreated)) + ": "
                + happening + " at " + event.venue() + " on " + LONG_DATE.format(draft.dateCreated) + " in "
                + place.city() + ", " + place.country() + ". (Photo by " + draft.artist + "/" + draft.creditLine + ")";
        people.forEach(person -> draft.keyword(parts.keyword(person.name())));
        event.conceptKeywords().forEach(text -> draft.keyword(parts.keyword(text)));
        parts.placeKeywords(draft, place);
    }

    private void archiveScene(ImageDraft draft) {
        Place place = dice.pick(CatalogWords.ARCHIVE_PLACES);
        draft.editorialSegments = List.of(ARCHIVAL);
        draft.collection = SandboxCollections.ARCHIVE;
        byline(draft, true);
        int year = dice.between(1950, 1989);
        draft.colorType = parts.colorType(10, 85, 5);
        draft.dateCreated = parts.at(parts.day(year, year), 9, 17, place.offset());
        draft.dateSubmitted = digitised();
        draft.copyright = copyright(draft);
        String scene = dice.pick(List.of("Pedestrians and traffic on a busy street", "Commuters on their way to work",
                "Children playing in the street", "Shoppers at a street market"));
        draft.title = dice.chance(0.5) ? "Street scene in " + place.city() + ", " + year : scene + " in " + place.city();
        draft.caption = "circa " + year + ": " + scene + " in " + place.city() + ", " + place.country() + ". (Photo by "
                + draft.artist + "/" + draft.creditLine + ")";
        List.of("Street", "History", "Archival").forEach(text -> draft.keyword(parts.keyword(text)));
        parts.placeKeywords(draft, place);
    }

    private void dailyLife(ImageDraft draft) {
        Place place = dice.pick(CatalogWords.ARCHIVE_PLACES);
        draft.editorialSegments = List.of(NEWS);
        draft.collection = SandboxCollections.NEWS;
        byline(draft, false);
        draft.colorType = parts.colorType(95, 3, 2);
        draft.dateCreated = parts.at(parts.day(2005, 2024), 8, 19, place.offset());
        draft.dateSubmitted = draft.dateCreated.plusMinutes(dice.between(30, 720));
        draft.copyright = copyright(draft);
        draft.title = "Daily life in " + place.city();
        draft.caption = dateline(place, draft.dateCreated) + ": People walk through the centre of " + place.city()
                + " on " + LONG_DATE.format(draft.dateCreated) + " in " + place.city() + ", " + place.country()
                + ". (Photo by " + draft.artist + "/" + draft.creditLine + ")";
        List.of("Street", "City").forEach(text -> draft.keyword(parts.keyword(text)));
        parts.placeKeywords(draft, place);
    }

    private List<String> segments(String segment) {
        return switch (segment) {
            case ENTERTAINMENT -> dice.chance(0.2) ? List.of(ENTERTAINMENT, PUBLICITY) : List.of(ENTERTAINMENT);
            case PUBLICITY -> List.of(PUBLICITY, ENTERTAINMENT);
            case ROYALTY -> List.of(ROYALTY, NEWS);
            default -> List.of(segment);
        };
    }

    private SandboxCollection collection(String segment) {
        return switch (segment) {
            case SPORT -> dice.chance(0.7) ? SandboxCollections.SPORT : SandboxCollections.AFP;
            case ENTERTAINMENT -> dice.chance(0.6) ? SandboxCollections.ENTERTAINMENT : SandboxCollections.WIRE_IMAGE;
            case PUBLICITY -> dice.chance(0.5) ? SandboxCollections.ENTERTAINMENT : SandboxCollections.WIRE_IMAGE;
            case ARCHIVAL -> SandboxCollections.ARCHIVE;
            default -> dice.chance(0.7) ? SandboxCollections.NEWS : SandboxCollections.AFP;
        };
    }

    private int peopleCount(String segment, SandboxEvent event) {
        if (event.people().isEmpty()) {
            return 0;
        }
        return switch (segment) {
            case ROYALTY -> dice.between(1, 2);
            case NEWS -> dice.weighted(List.of(1, 0, 2), 75, 15, 10);
            default -> dice.weighted(List.of(1, 2, 0), 75, 15, 10);
        };
    }

    private void byline(ImageDraft draft, boolean archival) {
        draft.artist = dice.pick(archival ? CatalogWords.ARCHIVE_ARTISTS : CatalogWords.EDITORIAL_ARTISTS);
        draft.artistTitle = archival ? dice.pick(List.of("Stringer", "Staff"))
                : dice.weighted(List.of("Staff", "Contributor", "Stringer"), 50, 35, 15);
        draft.creditLine = switch (draft.collection.code()) {
            case "AFP" -> "AFP/Getty Images";
            case "WIR" -> "WireImage";
            case "ARC" -> "Hulton Archive/Getty Images";
            default -> "Getty Images";
        };
    }

    private String copyright(ImageDraft draft) {
        int year = draft.dateCreated.getYear();
        return switch (draft.collection.code()) {
            case "AFP" -> "AFP";
            case "WIR" -> year + " WireImage";
            case "ARC" -> dice.chance(0.8) ? "Hulton Archive" : null;
            default -> year + " Getty Images";
        };
    }

    private EditorialSource source(ImageDraft draft) {
        return switch (draft.collection.code()) {
            case "AFP" -> new EditorialSource(10701, "AFP");
            case "WIR" -> new EditorialSource(10702, "WireImage");
            case "ARC" -> new EditorialSource(10703, "Hulton Archive");
            default -> EUROPE.contains(draft.country) ? new EditorialSource(10601, "Getty Images Europe")
                    : "United States".equals(draft.country) || "Canada".equals(draft.country)
                            ? new EditorialSource(10602, "Getty Images North America")
                            : "Brazil".equals(draft.country) ? new EditorialSource(10604, "Getty Images South America")
                                    : new EditorialSource(10603, "Getty Images AsiaPac");
        };
    }

    /** Archive prints were scanned decades later. */
    private OffsetDateTime digitised() {
        LocalDate scanned = parts.day(1998, 2012);
        return parts.at(scanned, 9, 17, "+00:00");
    }

    private String describe(List<SandboxPerson> people) {
        List<String> names = new ArrayList<>();
        for (SandboxPerson person : people) {
            boolean teamPlayer = CatalogWords.TEAMS.stream().anyMatch(t -> t.name().equals(person.affiliation()));
            names.add(teamPlayer ? person.name() + " of " + person.affiliation() : person.name());
        }
        return String.join(" and ", names);
    }

    private String action(String segment, SandboxPerson first) {
        return switch (segment) {
            case SPORT -> dice.pick(List.of("celebrates", "is in action", "reacts", "looks on"));
            case ENTERTAINMENT, PUBLICITY -> first != null && Set.of("singer", "musician").contains(first.affiliation())
                    ? "performs on stage" : dice.pick(List.of("attends", "arrives at"));
            case NEWS -> dice.pick(List.of("speaks", "arrives for", "meets supporters"));
            default -> dice.pick(List.of("greets well-wishers", "arrives for"));
        };
    }

    /** "reacts" becomes "react", "is in action" becomes "are in action": the verb agrees with two people. */
    private static String plural(String action) {
        if (action.startsWith("is ")) {
            return "are " + action.substring(3);
        }
        int space = action.indexOf(' ');
        String verb = space < 0 ? action : action.substring(0, space);
        return verb.substring(0, verb.length() - 1) + (space < 0 ? "" : action.substring(space));
    }

    /** "attends the X" and "arrives at the X", but "celebrates during the X". */
    private static String atEvent(String action, SandboxEvent event) {
        boolean direct = action.endsWith(" at") || action.endsWith(" for") || action.startsWith("attend");
        return action + (direct ? " the " : " during the ") + event.name();
    }

    private String crowdTitle(String segment, SandboxEvent event) {
        return switch (segment) {
            case SPORT -> dice.pick(List.of("Fans cheer", "A general view of " + event.venue()));
            case ENTERTAINMENT, PUBLICITY -> "Guests arrive";
            default -> "Crowds gather";
        };
    }

    private static String dateline(Place place, OffsetDateTime when) {
        return place.city().toUpperCase(Locale.ROOT) + ", " + place.country().toUpperCase(Locale.ROOT) + " - "
                + DATELINE.format(when).toUpperCase(Locale.ROOT);
    }

    /** Licensing and ranking, drawn the same way for hand-made and open-vocabulary pictures. */
    private void licensing(ImageDraft draft) {
        draft.callForImage = dice.chance(0.02);
        draft.qualityRank = dice.between(1, 3);
        draft.allowedUse = new AllowedUse(EDITORIAL_USE, NOT_RELEASED,
                dice.weighted(List.of(List.<String>of(), RESTRICTIONS_CONTACT, RESTRICTIONS_PRESS), 65, 25, 10));
        draft.productTypes = draft.callForImage ? List.of() : dice.weighted(List.of(
                List.of("editorialsubscription", "easyaccess"), List.of("editorialsubscription"), List.of("easyaccess")),
                80, 15, 5);
        draft.embeddable = dice.chance(0.7);
        draft.popularity = parts.popularity();
        draft.editorialSource = source(draft);
    }
}
