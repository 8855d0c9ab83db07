package com.connectgateway.sandbox.catalog;

import java.util.HashSet;
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
        if (NUMBER.matcher(token).matches() || functionWords.contains(token)) {
            return true;
        }
        if (token.length() < 2) {
            return false;
        }
        if (words.contains(token)) {
            return true;
        }
        for (String[] rule : SUFFIXES) {
            if (token.length() > rule[0].length() + 1 && token.endsWith(rule[0])
                    && lemmas.contains(token.substring(0, token.length() - rule[0].length()) + rule[1])) {
                return true;
            }
        }
        return false;
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
