package com.connectgateway.sandbox.catalog;

import static com.connectgateway.sandbox.catalog.CatalogWords.ARCHIVAL;
import static com.connectgateway.sandbox.catalog.CatalogWords.ENTERTAINMENT;
import static com.connectgateway.sandbox.catalog.CatalogWords.NEWS;
import static com.connectgateway.sandbox.catalog.CatalogWords.PUBLICITY;
import static com.connectgateway.sandbox.catalog.CatalogWords.ROYALTY;
import static com.connectgateway.sandbox.catalog.CatalogWords.SPORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the forty editorial events: matches, premieres, summits, royal visits and archive moments. */
final class EventGenerator {

    private static final int FIRST_ID = 775000101;
    private static final int ID_STEP = 1013;

    private final Dice dice;
    private final List<SandboxEvent> events = new ArrayList<>();

    EventGenerator(Dice dice) {
        this.dice = dice;
    }

    List<SandboxEvent> generate() {
        football();
        sport("Valmont Open - Day {n}", CatalogWords.PARIS, "Stade de Valmont", "tennis", "Tennis");
        sport("Nordhavn Masters - Final", CatalogWords.COPENHAGEN, "Royal Arena", "tennis", "Tennis");
        sport("World Athletics Championships Tokyo - Day {n}", CatalogWords.TOKYO, "National Stadium", "athletics",
                "Athletics");
        sport("Madrid Diamond Meeting", CatalogWords.MADRID, "Estadio de Vallehermoso", "athletics", "Athletics");
        sport("Tour of Nordhavn - Stage {n}", CatalogWords.COPENHAGEN, "City Hall Square", "cycling", "Cycling");
        sport("Grand Prix Cycliste de Montréal", CatalogWords.MONTREAL, "Mont-Royal circuit", "cycling", "Cycling");
        show("\"The Silent Harbour\" Los Angeles Premiere", CatalogWords.LOS_ANGELES, "Regency Theatre", "Premiere");
        show("\"Midnight in Ørestad\" Copenhagen Premiere", CatalogWords.COPENHAGEN, "Imperial Bio", "Premiere");
        show("\"Paper Lanterns\" London Premiere", CatalogWords.LONDON, "Leicester Square", "Premiere");
        show("Riviera Film Festival {year} - Opening Gala", CatalogWords.CANNES, "Palais des Festivals", "Film Festival");
        show("Riviera Film Festival {year} - Closing Ceremony", CatalogWords.CANNES, "Palais des Festivals",
                "Film Festival");
        show("Golden Reel Awards {year}", CatalogWords.LOS_ANGELES, "Meridian Theatre", "Awards Ceremony");
        show("Harbour Music Festival {year}", CatalogWords.SYDNEY, "Harbour Stage", "Music");
        show("Zoë Hartmann In Concert", CatalogWords.BERLIN, "Spreeufer Arena", "Music");
        show("Milan Fashion Week - Aurelia Show", CatalogWords.MILAN, "Palazzo Aurelia", "Fashion");
        show("Tokyo Screen Festival {year}", CatalogWords.TOKYO, "Roppongi Hills Arena", "Film Festival");
        news("General Election Night", CatalogWords.LONDON, "Westminster", "Election");
        news("European Council Summit", CatalogWords.BRUSSELS, "Europa Building", "Summit");
        news("Climate Action Summit {year}", CatalogWords.NEW_YORK, "UN Headquarters", "Summit");
        news("Presidential Press Conference", CatalogWords.WASHINGTON, "Capitol Press Room", "Press Conference");
        news("Trade Talks in Tokyo", CatalogWords.TOKYO, "Prime Minister's Office", "Government");
        news("Mayoral Debate", CatalogWords.NEW_YORK, "City Hall", "Election");
        news("Budget Day", CatalogWords.LONDON, "Downing Street", "Government");
        news("Election Campaign Rally", CatalogWords.SAO_PAULO, "Avenida Paulista", "Election");
        add("Royal Visit to Sydney", ROYALTY, date(2005, 2024), CatalogWords.SYDNEY, "Sydney Opera House",
                people(ROYALTY), List.of("Royalty"));
        add("State Banquet for the President", ROYALTY, date(2005, 2024), CatalogWords.LONDON, "Buckingham Palace",
                people(ROYALTY), List.of("Royalty", "Government"));
        add("Royal Wedding of Prince Henrik", ROYALTY, date(2005, 2024), CatalogWords.COPENHAGEN,
                "Copenhagen Cathedral", people(ROYALTY), List.of("Royalty", "Celebration"));
        publicity("Aurelia Fragrance Launch Party", CatalogWords.MILAN, "Palazzo Aurelia");
        publicity("Nordlys Flagship Store Opening", CatalogWords.COPENHAGEN, "Strøget");
        publicity("Veloce Motors Unveiling", CatalogWords.MADRID, "Palacio de Cristal");
        archive("Coronation Procession", 1953, CatalogWords.LONDON, "The Mall", "Royalty");
        archive("Cup Final", 1966, CatalogWords.LONDON, "Wembley Stadium", "Soccer");
        archive("Moon Landing Broadcast", 1969, CatalogWords.NEW_YORK, "Times Square", "Crowd");
        archive("Berlin Wall Opening", 1989, CatalogWords.BERLIN, "Brandenburg Gate", "Celebration");
        return List.copyOf(events);
    }

    private void football() {
        List<String> competitions = List.of("Premier Cup", "Continental Champions League", "National Cup Final");
        for (int i = 0; i < 6; i++) {
            List<CatalogWords.Team> teams = dice.pickDistinct(CatalogWords.TEAMS, 2);
            CatalogWords.Team home = teams.get(0);
            CatalogWords.Team away = teams.get(1);
            List<SandboxPerson> players = CatalogWords.PEOPLE.stream()
                    .filter(p -> p.affiliation().equals(home.name()) || p.affiliation().equals(away.name())).toList();
            add(home.name() + " v " + away.name() + " - " + dice.pick(competitions), SPORT, date(2005, 2024),
                    home.home(), home.venue(), players, List.of("Soccer", "Sport", "Stadium"));
        }
    }

    private void sport(String name, Place place, String venue, String discipline, String concept) {
        List<SandboxPerson> athletes = CatalogWords.PEOPLE.stream()
                .filter(p -> p.affiliation().equals(discipline)).toList();
        add(name, SPORT, date(2005, 2024), place, venue, athletes, List.of(concept, "Sport"));
    }

    private void show(String name, Place place, String venue, String concept) {
        add(name, ENTERTAINMENT, date(2005, 2024), place, venue, people(ENTERTAINMENT),
                List.of(concept, "Celebrities", "Arts Culture and Entertainment"));
    }

    private void news(String name, Place place, String venue, String concept) {
        add(name, NEWS, date(2005, 2024), place, venue, people(NEWS), List.of(concept, "Politics"));
    }

    private void publicity(String name, Place place, String venue) {
        add(name, PUBLICITY, date(2008, 2024), place, venue, people(ENTERTAINMENT),
                List.of("Party - Social Event", "Celebrities"));
    }

    private void archive(String name, int year, Place place, String venue, String concept) {
        // "Crowd" is a NumberOfPeople keyword; the rest are concepts. Archive events name no one.
        add(name, ARCHIVAL, date(year, year), place, venue, List.of(), List.of(concept, "History", "Archival"));
    }

    private List<SandboxPerson> people(String segment) {
        return CatalogWords.PEOPLE.stream().filter(p -> p.segment().equals(segment)).toList();
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(dice.between(fromYear, toYear), dice.between(1, 12), dice.between(1, 28));
    }

    private void add(String name, String segment, LocalDate date, Place place, String venue, List<SandboxPerson> people,
            List<String> concepts) {
        String fullName = name.replace("{year}", String.valueOf(date.getYear()))
                .replace("{n}", String.valueOf(dice.between(1, 9)));
        events.add(new SandboxEvent(FIRST_ID + events.size() * ID_STEP, fullName, segment, date, place, venue,
                List.copyOf(people), List.copyOf(concepts)));
    }
}
