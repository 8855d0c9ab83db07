package com.connectgateway.sandbox.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists titles, captions and keywords are built from. Everything here is fictional
 * (people, teams, brands); places are real so location searches feel natural. Changing the order
 * of these lists changes keyword ids and the generated catalog, which tests may rely on.
 */
final class CatalogWords {

    /** What a creative picture shows, with the keywords it implies and what it may be doing. */
    record Subject(String text, List<String> concepts, String numberOfPeople, String age, String gender,
            List<Action> actions) {
    }

    /** A verb phrase continuing a subject ("working on a laptop") and its Concept keyword. */
    record Action(String phrase, String keyword) {
    }

    record Team(String name, Place home, String venue) {
    }

    private static Action act(String phrase, String keyword) {
        return new Action(phrase, keyword);
    }

    private static Place place(String label, String city, String state, String country, String offset, String... keywords) {
        return new Place(label, city, state, country, offset, List.of(keywords));
    }

    // --- Places -----------------------------------------------------------------------------
    static final Place CAFE_DE_FLORE = place("Café de Flore, Paris", "Paris", "Île-de-France", "France", "+01:00",
            "Café de Flore", "Paris", "France");
    static final Place ZURICH_HB = place("Zürich Hauptbahnhof", "Zürich", "Zürich", "Switzerland", "+01:00",
            "Zürich", "Switzerland", "Railroad Station");
    static final Place TOKYO_TOWER = place("東京タワー", "Tokyo", "Tokyo", "Japan", "+09:00", "東京タワー", "Tokyo", "Japan");
    static final Place SAO_PAULO_SKYLINE = place("São Paulo skyline", "São Paulo", "São Paulo", "Brazil", "-03:00",
            "São Paulo", "Brazil", "Urban Skyline");
    static final Place ORESTAD = place("Ørestad", "Copenhagen", "Capital Region", "Denmark", "+01:00",
            "Ørestad", "Copenhagen", "Denmark");
    static final Place CENTRAL_PARK = place("Central Park, New York", "New York", "New York", "United States", "-05:00",
            "New York City", "USA", "Park");
    static final Place SHOREDITCH = place("Shoreditch, London", "London", "England", "United Kingdom", "+00:00",
            "London", "UK");
    static final Place KREUZBERG = place("Kreuzberg, Berlin", "Berlin", "Berlin", "Germany", "+01:00", "Berlin", "Germany");
    static final Place BONDI = place("Bondi Beach, Sydney", "Sydney", "New South Wales", "Australia", "+10:00",
            "Sydney", "Australia", "Beach");
    static final Place LOFOTEN = place("Lofoten Islands", "Reine", "Nordland", "Norway", "+01:00", "Lofoten", "Norway");
    static final Place CAPE_TOWN = place("Cape Town waterfront", "Cape Town", "Western Cape", "South Africa", "+02:00",
            "Cape Town", "South Africa");
    static final Place KYOTO = place("Fushimi Inari shrine, Kyoto", "Kyoto", "Kyoto", "Japan", "+09:00", "Kyoto", "Japan");
    static final Place REYKJAVIK = place("Reykjavík harbour", "Reykjavík", "Capital Region", "Iceland", "+00:00",
            "Reykjavík", "Iceland");
    static final Place MONTREAL = place("Vieux-Montréal", "Montréal", "Québec", "Canada", "-05:00", "Montréal", "Canada");
    static final Place MARRAKECH = place("Marrakech medina", "Marrakech", "Marrakesh-Safi", "Morocco", "+01:00",
            "Marrakech", "Morocco");
    static final Place PATAGONIA = place("Torres del Paine, Patagonia", "Puerto Natales", "Magallanes", "Chile", "-03:00",
            "Patagonia", "Chile");
    static final Place BANFF = place("Moraine Lake, Banff National Park", "Banff", "Alberta", "Canada", "-07:00",
            "Banff National Park", "Canada");
    static final Place KOELN = place("Kölner Dom", "Köln", "North Rhine-Westphalia", "Germany", "+01:00", "Köln", "Germany");

    /** Where creative pictures are set (when they are set anywhere). */
    static final List<Place> CREATIVE_PLACES = List.of(CAFE_DE_FLORE, ZURICH_HB, TOKYO_TOWER, SAO_PAULO_SKYLINE, ORESTAD,
            CENTRAL_PARK, SHOREDITCH, KREUZBERG, BONDI, LOFOTEN, CAPE_TOWN, KYOTO, REYKJAVIK, MONTREAL, MARRAKECH,
            PATAGONIA, BANFF, KOELN);

    /** Where scenery and wildlife can stand; the other creative places are urban. */
    static final List<Place> NATURE_PLACES = List.of(LOFOTEN, PATAGONIA, BANFF, REYKJAVIK, CAPE_TOWN);
    static final List<Place> URBAN_PLACES = List.of(CAFE_DE_FLORE, ZURICH_HB, TOKYO_TOWER, SAO_PAULO_SKYLINE, ORESTAD,
            CENTRAL_PARK, SHOREDITCH, KREUZBERG, KYOTO, MONTREAL, MARRAKECH, KOELN);

    /** Views a city skyline picture can show. */
    static final List<Place> SKYLINES = List.of(SAO_PAULO_SKYLINE, ORESTAD, TOKYO_TOWER, KOELN, MONTREAL, CAPE_TOWN);

    /** Places named after a building or sight: pictures are taken "at" them, not "in" them. */
    static final Set<Place> LANDMARKS = Set.of(ZURICH_HB, TOKYO_TOWER, KOELN, KYOTO, BANFF, PATAGONIA);

    static final Place LONDON = place("London", "London", "England", "United Kingdom", "+00:00", "London", "UK");
    static final Place MANCHESTER = place("Manchester", "Manchester", "England", "United Kingdom", "+00:00",
            "Manchester", "UK");
    static final Place PARIS = place("Paris", "Paris", "Île-de-France", "France", "+01:00", "Paris", "France");
    static final Place BERLIN = place("Berlin", "Berlin", "Berlin", "Germany", "+01:00", "Berlin", "Germany");
    static final Place MILAN = place("Milan", "Milan", "Lombardy", "Italy", "+01:00", "Milan", "Italy");
    static final Place MADRID = place("Madrid", "Madrid", "Madrid", "Spain", "+01:00", "Madrid", "Spain");
    static final Place SAO_PAULO = place("São Paulo", "São Paulo", "São Paulo", "Brazil", "-03:00", "São Paulo", "Brazil");
    static final Place MONACO = place("Monte Carlo", "Monte Carlo", "", "Monaco", "+01:00", "Monaco");
    static final Place CANNES = place("Cannes", "Cannes", "Provence-Alpes-Côte d'Azur", "France", "+01:00",
            "Cannes", "France");
    static final Place LOS_ANGELES = place("Hollywood, Los Angeles", "Los Angeles", "California", "United States", "-08:00",
            "Los Angeles", "USA");
    static final Place NEW_YORK = place("New York", "New York", "New York", "United States", "-05:00",
            "New York City", "USA");
    static final Place WASHINGTON = place("Washington, DC", "Washington", "District of Columbia", "United States",
            "-05:00", "Washington DC", "USA");
    static final Place BRUSSELS = place("Brussels", "Brussels", "Brussels-Capital", "Belgium", "+01:00",
            "Brussels", "Belgium");
    static final Place TOKYO = place("Tokyo", "Tokyo", "Tokyo", "Japan", "+09:00", "Tokyo", "Japan");
    static final Place SYDNEY = place("Sydney", "Sydney", "New South Wales", "Australia", "+10:00", "Sydney", "Australia");
    static final Place COPENHAGEN = place("Copenhagen", "Copenhagen", "Capital Region", "Denmark", "+01:00",
            "Copenhagen", "Denmark");

    /** Cities archive street scenes are set in. */
    static final List<Place> ARCHIVE_PLACES = List.of(LONDON, PARIS, NEW_YORK, BERLIN, TOKYO, MANCHESTER);

    // --- Creative subjects ------------------------------------------------------------------
    static final Subject ABSTRACT_PATTERN = new Subject("abstract pattern", List.of("Abstract", "Pattern", "Backgrounds"),
            "No People", null, null,
            List.of(act("in blue and gold", "Blue"), act("with geometric shapes", "Geometric Shape")));
    static final Subject WORLD_MAP = new Subject("world map", List.of("Map", "Travel", "Global Communications"),
            "No People", null, null, List.of(act("with flight paths", "Airplane"), act("in flat style", "Flat Design")));
    static final Subject BUSINESS_ICONS = new Subject("business icons", List.of("Icon Set", "Business", "Symbol"),
            "No People", null, null, List.of(act("in line style", "Line Icon"), act("for web design", "Web Page")));
    static final Subject CITY_SKYLINE = new Subject("city skyline", List.of("City", "Urban Skyline", "Architecture"),
            "No People", null, null, List.of(act("at night", "Night"), act("at dusk", "Dusk")));
    static final Subject WIND_TURBINES = new Subject("wind turbines",
            List.of("Wind Power", "Renewable Energy", "Sustainability"), "No People", null, null,
            List.of(act("at sunset", "Sunset"), act("in a field", "Field")));
    static final Subject GOLDEN_RETRIEVER = new Subject("golden retriever", List.of("Dog", "Pets", "Animal"),
            "No People", null, null, List.of(act("running on the grass", "Running"), act("sleeping", "Relaxation"),
                    act("playing with a ball", "Fun")));
    static final Subject MOUNTAIN_LAKE = new Subject("mountain lake", List.of("Lake", "Mountain", "Landscape - Scenery"),
            "No People", null, null, List.of(act("at sunrise", "Sunrise - Dawn"), act("in autumn", "Autumn")));

    static final List<Subject> SUBJECTS = List.of(
            new Subject("businesswoman", List.of("Business", "Occupation"), "One Person", "Mid Adult", "Women",
                    List.of(act("working on a laptop", "Laptop"), act("talking on the phone", "Telephone"),
                            act("leading a meeting", "Meeting"))),
            new Subject("businessman", List.of("Business", "Occupation"), "One Person", "Mid Adult", "Men",
                    List.of(act("giving a presentation", "Presentation"), act("working on a laptop", "Laptop"),
                            act("walking to work", "Commuter"))),
            new Subject("team of colleagues", List.of("Business", "Teamwork", "Office"), "Group Of People", "Adult",
                    "Mixed Gender", List.of(act("brainstorming", "Brainstorming"), act("celebrating success", "Success"),
                            act("meeting around a table", "Meeting"))),
            new Subject("senior couple", List.of("Lifestyles", "Love - Emotion", "Retirement"), "Two People",
                    "Senior Adult", "Mixed Gender", List.of(act("walking hand in hand", "Walking"),
                            act("dancing", "Dancing"), act("enjoying coffee", "Coffee - Drink"))),
            new Subject("young family", List.of("Family", "Togetherness", "Lifestyles"), "Group Of People", "Child",
                    "Mixed Gender", List.of(act("having a picnic", "Picnic"), act("playing together", "Fun"),
                            act("walking the dog", "Dog"))),
            GOLDEN_RETRIEVER,
            new Subject("red fox", List.of("Animal", "Wildlife", "Nature"), "No People", null, null,
                    List.of(act("hunting in the snow", "Snow"), act("resting", "Relaxation"))),
            new Subject("cyclist", List.of("Cycling", "Sport", "Healthy Lifestyle"), "One Person", "Young Adult", "Men",
                    List.of(act("riding uphill", "Mountain"), act("commuting through the city", "Commuter"))),
            new Subject("chef", List.of("Food", "Cooking", "Occupation"), "One Person", "Mid Adult", "Men",
                    List.of(act("plating a dish", "Gourmet"), act("tasting a sauce", "Cooking"))),
            new Subject("barista", List.of("Coffee - Drink", "Cafe", "Occupation"), "One Person", "Young Adult", "Women",
                    List.of(act("pouring latte art", "Latte"), act("serving customers", "Customer"))),
            new Subject("software developer", List.of("Technology", "Computer", "Occupation"), "One Person",
                    "Young Adult", "Women", List.of(act("writing code", "Coding"), act("working late at night", "Night"))),
            new Subject("doctor", List.of("Healthcare And Medicine", "Occupation"), "One Person", "Mid Adult", "Women",
                    List.of(act("talking with a patient", "Patient"), act("reviewing an x-ray", "X-ray Image"))),
            new Subject("students", List.of("Education", "University", "Learning"), "Group Of People", "Young Adult",
                    "Mixed Gender", List.of(act("studying together", "Studying"),
                            act("attending a lecture", "Lecture Hall"))),
            new Subject("little girl", List.of("Childhood", "Happiness"), "One Person", "Child", "Girls",
                    List.of(act("blowing bubbles", "Bubble"), act("laughing", "Laughing"))),
            new Subject("teenage boy", List.of("Leisure Activity", "Lifestyles"), "One Person", "Teenager", "Boys",
                    List.of(act("using a smartphone", "Smart Phone"), act("skateboarding", "Skateboarding"))),
            new Subject("hiker", List.of("Hiking", "Adventure", "Nature"), "One Person", "Adult", "Men",
                    List.of(act("reaching the summit", "Mountain"), act("crossing a river", "River"))),
            new Subject("surfer", List.of("Surfing", "Sea", "Summer"), "One Person", "Young Adult", "Women",
                    List.of(act("riding a wave", "Wave - Water"), act("carrying a surfboard", "Beach"))),
            new Subject("cup of coffee", List.of("Coffee - Drink", "Still Life"), "No People", null, null,
                    List.of(act("on a wooden table", "Table"), act("with steam rising", "Steam"))),
            new Subject("fresh vegetables", List.of("Food", "Vegetable", "Healthy Eating"), "No People", null, null,
                    List.of(act("at a market stall", "Market - Retail Space"),
                            act("on a chopping board", "Cutting Board"))),
            new Subject("electric car", List.of("Electric Car", "Technology", "Transportation"), "No People", null, null,
                    List.of(act("charging", "Charging"), act("on a coastal road", "Road"))),
            WIND_TURBINES,
            CITY_SKYLINE,
            MOUNTAIN_LAKE,
            new Subject("yoga class", List.of("Yoga", "Exercising", "Wellbeing"), "Group Of People", "Adult", "Women",
                    List.of(act("stretching outdoors", "Stretching"), act("meditating", "Meditating"))),
            new Subject("farmer", List.of("Agriculture", "Farm", "Occupation"), "One Person", "Senior Adult", "Men",
                    List.of(act("harvesting wheat", "Wheat"), act("feeding cows", "Cow"))),
            ABSTRACT_PATTERN,
            WORLD_MAP,
            BUSINESS_ICONS);

    /** Subjects that work as illustrations and vectors. */
    static final List<Subject> GRAPHIC_SUBJECTS = List.of(ABSTRACT_PATTERN, WORLD_MAP, BUSINESS_ICONS, CITY_SKYLINE,
            WIND_TURBINES, GOLDEN_RETRIEVER, MOUNTAIN_LAKE);

    /** Subjects that are scenery, so "São Paulo skyline at dusk" rather than "city skyline at dusk in ...". */
    static final List<Subject> SCENERY = List.of(CITY_SKYLINE, MOUNTAIN_LAKE);

    private static final Set<Subject> STUDIO_SUBJECTS = Set.of(ABSTRACT_PATTERN, WORLD_MAP, BUSINESS_ICONS);
    private static final Set<String> NATURE_SUBJECTS = Set.of("red fox", "hiker", "mountain lake", "farmer",
            "wind turbines");
    private static final Set<String> URBAN_SUBJECTS = Set.of("businesswoman", "businessman", "team of colleagues",
            "cyclist", "chef", "barista", "software developer", "doctor", "students", "electric car", "city skyline",
            "cup of coffee");

    /** Where a subject can plausibly be photographed; empty for studio subjects. */
    static List<Place> placesFor(Subject subject) {
        if (STUDIO_SUBJECTS.contains(subject)) {
            return List.of();
        }
        if (subject.text().equals("surfer")) {
            return List.of(BONDI, CAPE_TOWN);
        }
        if (NATURE_SUBJECTS.contains(subject.text())) {
            return NATURE_PLACES;
        }
        if (subject == CITY_SKYLINE) {
            return SKYLINES;
        }
        List<Place> places = URBAN_SUBJECTS.contains(subject.text()) ? URBAN_PLACES : CREATIVE_PLACES;
        // A skyline is a view, not somewhere people skateboard.
        return places.stream().filter(p -> p != SAO_PAULO_SKYLINE).toList();
    }

    // --- People, teams and agencies ---------------------------------------------------------
    static final List<Team> TEAMS = List.of(
            new Team("Northbridge United", MANCHESTER, "Northbridge Park"),
            new Team("Kingsport Rovers", LONDON, "Kingsport Lane"),
            new Team("AC Serravalle", MILAN, "Stadio Serravalle"),
            new Team("Olympique Valmont", PARIS, "Parc de Valmont"),
            new Team("FC Lindenau", BERLIN, "Lindenau Arena"),
            new Team("Porto Alegre Athletic", SAO_PAULO, "Estádio do Atlético"));

    static final String SPORT = "sport";
    static final String ENTERTAINMENT = "entertainment";
    static final String NEWS = "news";
    static final String ROYALTY = "royalty";
    static final String PUBLICITY = "publicity";
    static final String ARCHIVAL = "archival";

    /** Thirty fictional public figures; footballers' affiliation is their team. */
    static final List<SandboxPerson> PEOPLE = List.of(
            new SandboxPerson("Marco Bellandi", SPORT, "AC Serravalle"),
            new SandboxPerson("Jonas Ekström", SPORT, "Northbridge United"),
            new SandboxPerson("Kwame Mensah-Boateng", SPORT, "Kingsport Rovers"),
            new SandboxPerson("Luis Ferreira", SPORT, "Porto Alegre Athletic"),
            new SandboxPerson("Théo Marchand", SPORT, "Olympique Valmont"),
            new SandboxPerson("Felix Brandt", SPORT, "FC Lindenau"),
            new SandboxPerson("Sofia Andersson", SPORT, "tennis"),
            new SandboxPerson("Aiko Nakamura", SPORT, "tennis"),
            new SandboxPerson("Isabela Duarte", SPORT, "athletics"),
            new SandboxPerson("Søren Kjærgaard", SPORT, "cycling"),
            new SandboxPerson("Clara Whitfield", ENTERTAINMENT, "actor"),
            new SandboxPerson("Julien Moreau", ENTERTAINMENT, "actor"),
            new SandboxPerson("Priya Raman", ENTERTAINMENT, "actor"),
            new SandboxPerson("Zoë Hartmann", ENTERTAINMENT, "singer"),
            new SandboxPerson("Marcus Vale", ENTERTAINMENT, "musician"),
            new SandboxPerson("Elena Vásquez", ENTERTAINMENT, "director"),
            new SandboxPerson("Tom Ashdown", ENTERTAINMENT, "actor"),
            new SandboxPerson("Noa Levi", ENTERTAINMENT, "singer"),
            new SandboxPerson("Benedikt Krüger", ENTERTAINMENT, "actor"),
            new SandboxPerson("Hana Sato", ENTERTAINMENT, "model"),
            new SandboxPerson("Margaret Ellison", NEWS, "Prime Minister"),
            new SandboxPerson("Ricardo Almeida", NEWS, "President"),
            new SandboxPerson("Helena Novák", NEWS, "European Commissioner"),
            new SandboxPerson("David Osei", NEWS, "Mayor"),
            new SandboxPerson("Ingrid Solberg", NEWS, "Foreign Minister"),
            new SandboxPerson("François Lemaire", NEWS, "Finance Minister"),
            new SandboxPerson("Queen Isabella of Valdoria", ROYALTY, "royal"),
            new SandboxPerson("Princess Amélie of Valdoria", ROYALTY, "royal"),
            new SandboxPerson("Prince Henrik of Nordhavn", ROYALTY, "royal"),
            new SandboxPerson("Crown Princess Astrid of Nordhavn", ROYALTY, "royal"));

    static final List<String> CREATIVE_ARTISTS = List.of("Maria Lindqvist", "Tomás Ribeiro", "Aiko Tanaka",
            "Olivia Hartmann", "Mateo Ruiz", "Ingrid Dahl", "Yusuf Kaya", "Chloé Bernard", "Liam O'Connor",
            "Priya Nair", "Henrik Sørensen", "Emma Clarke", "Diego Fuentes", "Hannah Becker", "Kofi Asante");

    static final List<String> EDITORIAL_ARTISTS = List.of("Carla Benedetti", "Owen Hartley", "Mei Lin Zhou",
            "Rafael Cortés", "Jens Albrecht", "Nadia Petrova", "Samuel Adeyemi", "Lucy Brennan", "Kenji Watanabe",
            "Pierre Dufresne", "Anna Kowalczyk", "Ben Thornton");

    static final List<String> ARCHIVE_ARTISTS = List.of("Keystone", "Central Press", "Fox Photos", "Evening Standard",
            "Picture Post", "Express");

    // --- Keyword tables (types other than Concept, Location and SpecificPeople) ---------------
    static final Map<String, String> ORIENTATION_KEYWORDS = Map.of("Horizontal", "Horizontal", "Vertical", "Vertical",
            "Square", "Square - Composition", "PanoramicHorizontal", "Panoramic", "PanoramicVertical", "Panoramic");
    static final List<String> COMPOSITIONS = List.of("Horizontal", "Vertical", "Square - Composition", "Panoramic",
            "Copy Space", "Close-up", "Full Frame", "Wide Shot");
    static final List<String> EXTRA_COMPOSITIONS = List.of("Copy Space", "Close-up", "Full Frame", "Wide Shot");
    static final List<String> COLORS = List.of("Blue", "Red", "Green", "Yellow", "Orange", "Purple", "Gold Colored",
            "White");
    static final List<String> NUMBER_OF_PEOPLE = List.of("No People", "One Person", "Two People", "Three People",
            "Group Of People", "Crowd");
    static final List<String> AGES = List.of("Adult", "Young Adult", "Mid Adult", "Senior Adult", "Child", "Teenager",
            "Baby");
    static final List<String> GENDERS = List.of("Women", "Men", "Girls", "Boys", "Mixed Gender");
    static final List<String> TECHNIQUES = List.of("Photography", "Illustration", "Vector", "Fine Art",
            "Color Image", "Black And White", "Studio Shot", "Digitally Generated Image");
    static final List<String> VIEWPOINTS = List.of("Aerial View", "High Angle View", "Low Angle View", "Side View",
            "Rear View", "Directly Above", "Eye Level");

    /** Concepts that events and archive scenes use (subjects bring their own). */
    static final List<String> EDITORIAL_CONCEPTS = List.of("Soccer", "Tennis", "Athletics", "Stadium",
            "Fan - Enthusiast", "Celebration", "Premiere", "Film Festival", "Awards Ceremony", "Red Carpet", "Music",
            "Performance", "Celebrities", "Politics", "Press Conference", "Election", "Summit", "Government",
            "Royalty", "Fashion", "Store Opening", "Party - Social Event", "History", "Street", "Archival",
            "Arts Culture and Entertainment");

    /** German texts of common keywords, served when Accept-Language asks for German. */
    static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("Business", "Geschäft"), Map.entry("Teamwork", "Teamarbeit"), Map.entry("Nature", "Natur"),
            Map.entry("Travel", "Reisen"), Map.entry("Technology", "Technologie"), Map.entry("Food", "Essen"),
            Map.entry("City", "Stadt"), Map.entry("Coffee - Drink", "Kaffee"), Map.entry("Women", "Frauen"),
            Map.entry("Men", "Männer"), Map.entry("Color Image", "Farbbild"),
            Map.entry("Black And White", "Schwarzweiß"), Map.entry("Photography", "Fotografie"),
            Map.entry("No People", "Keine Personen"), Map.entry("Dog", "Hund"), Map.entry("Family", "Familie"),
            Map.entry("Soccer", "Fußball"), Map.entry("Mountain", "Berg"), Map.entry("Sea", "Meer"),
            Map.entry("Architecture", "Architektur"));

    private CatalogWords() {
    }
}
