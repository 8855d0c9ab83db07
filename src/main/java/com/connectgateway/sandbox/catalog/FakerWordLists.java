package com.connectgateway.sandbox.catalog;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads English lists of the Datafaker artifact ({@code net.datafaker:datafaker}) as plain text:
 * first and last names ({@code en/name.yml}), the function words WordNet leaves out, such as
 * "the", "of" and "and" ({@code en/words.yml}), and the names of well-known people: actors,
 * scientists, artists, athletes and public figures ("Barack Obama", "Lionel Messi").
 */
final class FakerWordLists {

    /** What was read, lower-cased; {@code famous} holds the single words of the well-known people's names. */
    record Read(Set<String> names, Set<String> famous, Set<String> functionWords) {
    }

    /** Which lists of which files name well-known real people. */
    private static final Map<String, Set<String>> FAMOUS = Map.of(
            "en/mbti.yml", Set.of("personage"),
            "en/oscar_movie.yml", Set.of("actor"),
            "en/science.yml", Set.of("scientist"),
            "en/artist.yml", Set.of("names"),
            "en/football.yml", Set.of("players", "coaches"),
            "en/basketball.yml", Set.of("players", "coaches"),
            "en/formula1.yml", Set.of("driver"),
            "en/chess.yml", Set.of("players"));
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_]+):\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*- \"?([^\"]+)\"?\\s*$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]+");

    private FakerWordLists() {
    }

    static Read read() {
        Set<String> names = new HashSet<>();
        words("en/name.yml", Set.of("male_first_name", "female_first_name", "last_name"), 2, names);
        Set<String> famous = new HashSet<>();
        FAMOUS.forEach((file, keys) -> words(file, keys, 2, famous));
        Set<String> functionWords = new HashSet<>();
        // "a" is a function word; single letters of names are initials, not words.
        words("en/words.yml", Set.of("preposition", "conjunction"), 1, functionWords);
        return new Read(names, famous, functionWords);
    }

    /**
     * The ASCII words of the items of the lists named {@code keys}; the files are simple YAML:
     * a line {@code key:} followed by lines {@code - "item"}. Words with other letters are left out.
     */
    private static void words(String resource, Set<String> keys, int minimumLength, Set<String> into) {
        String[] current = { null };
        AsciiLines.read(resource, (bytes, from, to) -> {
            String line = AsciiLines.text(bytes, from, to);
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                current[0] = key.group(1);
                return;
            }
            Matcher item = ITEM.matcher(line);
            if (current[0] != null && keys.contains(current[0]) && item.matches()) {
                for (String word : SEPARATORS.split(item.group(1))) {
                    if (word.length() >= minimumLength && WORD.matcher(word).matches()) {
                        into.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        });
    }
}
