package com.connectgateway.sandbox.catalog;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads two English lists of the Datafaker artifact ({@code net.datafaker:datafaker}) as plain
 * text: first and last names ({@code en/name.yml}) and the function words WordNet leaves out,
 * prepositions and conjunctions such as "the", "of" and "and" ({@code en/words.yml}).
 */
final class FakerWordLists {

    /** What was read, lower-cased. */
    record Read(Set<String> names, Set<String> functionWords) {
    }

    private static final Pattern KEY = Pattern.compile("^\\s*([a-z_]+):\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*- \"?([A-Za-z]+)\"?\\s*$");

    private FakerWordLists() {
    }

    static Read read() {
        Set<String> names = new HashSet<>();
        items("en/name.yml", Set.of("male_first_name", "female_first_name", "last_name"), names);
        Set<String> functionWords = new HashSet<>();
        items("en/words.yml", Set.of("preposition", "conjunction"), functionWords);
        return new Read(names, functionWords);
    }

    /** The single-word items of the lists named {@code keys}; the files are simple YAML lists. */
    private static void items(String resource, Set<String> keys, Set<String> into) {
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
                into.add(item.group(1).toLowerCase(Locale.ROOT));
            }
        });
    }
}
