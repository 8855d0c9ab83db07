package com.connectgateway.sandbox.catalog;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English words the sandbox's open-vocabulary search knows: WordNet 3.1's lemmas and
 * irregular forms with WordNet's regular inflections ("kitties", "flowers", "running"),
 * Datafaker's first and last names, names of well-known people and function words, and numbers
 * up to four digits (years). Anything else, such as "xqzvbnm", is unknown, and a phrase with an unknown word
 * finds nothing in the open vocabulary.
 */
public final class EnglishVocabulary {

    /** WordNet's detachment rules, inflected ending first: "ies" → "y" turns "kitties" into "kitty". */
    private static final String[][] SUFFIXES = { { "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" },
            { "ches", "ch" }, { "shes", "sh" }, { "men", "man" }, { "ies", "y" }, { "es", "e" }, { "es", "" },
            { "ed", "e" }, { "ed", "" }, { "ing", "e" }, { "ing", "" }, { "er", "" }, { "est", "" }, { "er", "e" },
            { "est", "e" } };
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    /** Where the codes of the numbers of 1, 2, 3 and 4 digits start, after the listed words. */
    private static final int[] NUMBER_STARTS = { 0, 10, 110, 1_110 };

    private final WordSet words;
    private final WordSet lemmas;
    private final WordSet people;
    private final WordSet functionWords;

    private EnglishVocabulary(WordSet words, WordSet lemmas, WordSet people, WordSet functionWords) {
        this.words = words;
        this.lemmas = lemmas;
        this.people = people;
        this.functionWords = functionWords;
    }

    /** Reads the word lists from the class path: a few hundred milliseconds, done once. */
    static EnglishVocabulary load() {
        WordNetWords.Read wordNet = WordNetWords.read();
        FakerWordLists.Read faker = FakerWordLists.read();
        Set<String> words = new HashSet<>(wordNet.words());
        words.addAll(faker.names());
        words.addAll(faker.famous());
        words.addAll(faker.functionWords());
        // A word of a well-known person's name names a person unless it is also an ordinary word
        // ("obama" yes, "stone" no); a first or last name only if WordNet does not know it ("jolie").
        Set<String> people = new HashSet<>();
        faker.famous().stream().filter(word -> !wordNet.ordinary().contains(word)).forEach(people::add);
        faker.names().stream().filter(name -> !wordNet.lemmas().contains(name)).forEach(people::add);
        people.removeAll(faker.functionWords());
        return new EnglishVocabulary(WordSet.of(words), WordSet.of(wordNet.lemmas()), WordSet.of(people),
                WordSet.of(faker.functionWords()));
    }

    /** Whether a lower-case token is an English word, an inflection of one, a name or a small number. */
    public boolean knows(String token) {
        return code(token) >= 0;
    }

    /**
     * How many word codes there are: {@link #code} is below this. The codes are laid out as the
     * words of the sorted list first, then the numbers "0" to "9999" (shortest first, so "07" and
     * "7" differ), then each lemma of the sorted lemma list with each inflection rule.
     */
    long codeCount() {
        return inflectionsStart() + (long) lemmas.size() * SUFFIXES.length;
    }

    /**
     * The number of a known token, 0 to {@link #codeCount()} - 1, or -1 if the token is not known;
     * {@link #word} turns it back. A token has one code: a listed word is never taken for an
     * inflection, and of the inflection rules that lead to a lemma the first one counts, as in
     * {@link #knows}. The codes are positions in sorted lists read from fixed versions of the word
     * list artifacts (see the pom), so they are the same on every start: the open vocabulary's
     * image ids are made of them, and only upgrading an artifact would change them.
     */
    long code(String token) {
        if (NUMBER.matcher(token).matches()) {
            return words.size() + NUMBER_STARTS[token.length() - 1] + Integer.parseInt(token);
        }
        int function = functionWords.contains(token) ? words.indexOf(token) : -1;
        if (function >= 0 || token.length() < 2) {
            return function;
        }
        int listed = words.indexOf(token);
        if (listed >= 0) {
            return listed;
        }
        for (int rule = 0; rule < SUFFIXES.length; rule++) {
            String[] suffix = SUFFIXES[rule];
            if (token.length() > suffix[0].length() + 1 && token.endsWith(suffix[0])) {
                int lemma = lemmas.indexOf(token.substring(0, token.length() - suffix[0].length()) + suffix[1]);
                if (lemma >= 0) {
                    return inflectionsStart() + (long) lemma * SUFFIXES.length + rule;
                }
            }
        }
        return -1;
    }

    /** The token with this code, or empty if no token has it (an inflection rule that does not fit its lemma). */
    Optional<String> word(long code) {
        if (code < 0 || code >= codeCount()) {
            return Optional.empty();
        }
        String token;
        if (code < words.size()) {
            token = words.word((int) code);
        } else if (code < inflectionsStart()) {
            int number = (int) (code - words.size());
            int length = NUMBER_STARTS.length;
            while (number < NUMBER_STARTS[length - 1]) {
                length--;
            }
            token = String.format(Locale.ROOT, "%0" + length + "d", number - NUMBER_STARTS[length - 1]);
        } else {
            long inflection = code - inflectionsStart();
            String lemma = lemmas.word((int) (inflection / SUFFIXES.length));
            String[] suffix = SUFFIXES[(int) (inflection % SUFFIXES.length)];
            if (!lemma.endsWith(suffix[1])) {
                return Optional.empty();
            }
            token = lemma.substring(0, lemma.length() - suffix[1].length()) + suffix[0];
        }
        // Only the token's own code turns it back: "roses" is "rose" + "s", not "rose" + "es".
        return code(token) == code ? Optional.of(token) : Optional.empty();
    }

    private long inflectionsStart() {
        return words.size() + NUMBER_STARTS[NUMBER_STARTS.length - 1] + 10_000L;
    }

    /** "the", "of", "with": words that do not make a phrase about something. */
    public boolean isFunctionWord(String token) {
        return functionWords.contains(token);
    }

    /** A token that only names people: "obama", "angelina", but not "rose". */
    public boolean isPersonName(String token) {
        return people.contains(token);
    }

    int size() {
        return words.size();
    }
}
