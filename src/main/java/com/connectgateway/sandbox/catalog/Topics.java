package com.connectgateway.sandbox.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides which phrases the open vocabulary answers and how many pictures each family has for
 * them. Everything is a pure function of the phrase, so the answer is the same on every start
 * and nothing is kept per phrase.
 */
public final class Topics {

    /** How many pictures a topic has in each family. */
    public record Totals(int creative, int editorial) {

        int of(boolean editorialFamily) {
            return editorialFamily ? editorial : creative;
        }
    }

    /** Longer phrases are sentences more than topics: they are left to the hand-made catalog. */
    static final int MAX_LENGTH = 32;
    static final int MAX_CONTENT_WORDS = 4;
    /** Each family has at most this many pictures per topic (the id reserves room for that many). */
    static final int MAX_PER_FAMILY = OpenImageIds.RANKS_PER_FAMILY - 1;

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NON_ASCII_LETTER = Pattern.compile("[\\p{L}&&[^a-z]]");

    private final EnglishVocabulary vocabulary;

    public Topics(EnglishVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The topic of a phrase, or empty when any word is unknown, the phrase has only function
     * words, non-ASCII letters ("zürich" is left to the hand-made catalog) or is too long.
     *
     * <p>Its key (the topic whose pictures it shows, as an id holds two words at most) is the
     * topic of its content words, in the phrase's order, when it has one or two ("the dog" →
     * "dog", "portrait of a dog" → "portrait dog"); of three or four, two of them: words that
     * name people first, then the longest, the earlier one on a tie ("angelina jolie on the red
     * carpet" → "angelina jolie", "a big red christmas tree" → "christmas tree", "black and white
     * dog" → "black white"). The key's words are in every picture's title, caption and keywords;
     * the phrase's other words may not be.
     */
    public Optional<Topic> of(String phrase) {
        if (phrase == null) {
            return Optional.empty();
        }
        String lower = Normalizer.normalize(phrase, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        lower = APOSTROPHES.matcher(lower).replaceAll("");
        if (NON_ASCII_LETTER.matcher(lower).find()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(lower)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        String text = String.join(" ", words);
        if (words.isEmpty() || text.length() > MAX_LENGTH || !words.stream().allMatch(vocabulary::knows)) {
            return Optional.empty();
        }
        List<String> content = words.stream().filter(word -> !vocabulary.isFunctionWord(word)).distinct().toList();
        if (content.isEmpty() || content.size() > MAX_CONTENT_WORDS) {
            return Optional.empty();
        }
        boolean person = content.stream().allMatch(vocabulary::isPersonName);
        if (words.equals(content) && content.size() <= OpenImageIds.MAX_WORDS) {
            return Optional.of(new Topic(text, List.copyOf(words), content, person));
        }
        Topic key = of(String.join(" ", keyWords(content))).orElseThrow();
        return Optional.of(new Topic(text, List.copyOf(words), content, person, key));
    }

    /** The one or two content words that make a topic's key, in the phrase's order. */
    private List<String> keyWords(List<String> content) {
        if (content.size() <= OpenImageIds.MAX_WORDS) {
            return content;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            positions.add(i);
        }
        // A person's name first (a phrase that names someone is about them), then the longest word
        // (usually the more telling one), then the earlier one: a total order, so the key is one.
        positions.sort(Comparator.comparing((Integer i) -> !vocabulary.isPersonName(content.get(i)))
                .thenComparing(Comparator.comparingInt((Integer i) -> content.get(i).length()).reversed())
                .thenComparing(Comparator.naturalOrder()));
        List<Integer> chosen = new ArrayList<>(positions.subList(0, OpenImageIds.MAX_WORDS));
        Collections.sort(chosen);
        return chosen.stream().map(content::get).toList();
    }

    /**
     * Between 1,000 and 2,047 pictures per family. People have more editorial than creative
     * pictures, things the other way round. More words never find more: a phrase has at most as
     * many pictures as each of its words alone, and at most as many as its key, so its pictures
     * are the first ones of its key's.
     */
    public Totals totals(Topic topic) {
        Totals own = ownTotals(topic.key());
        if (topic.contentWords().size() == 1) {
            return own;
        }
        int creative = own.creative();
        int editorial = own.editorial();
        for (String word : topic.contentWords()) {
            Totals alone = ownTotals(of(word).orElseThrow());
            creative = Math.min(creative, alone.creative());
            editorial = Math.min(editorial, alone.editorial());
        }
        return new Totals(creative, editorial);
    }

    private static Totals ownTotals(Topic topic) {
        long hash = Hashing.of(topic.text());
        int a = (int) Math.floorMod(hash, 1_000_003L);
        int b = (int) Math.floorMod(hash >>> 20, 1_000_003L);
        return topic.person()
                ? new Totals(1_000 + a % 400, 1_400 + b % (MAX_PER_FAMILY - 1_400 + 1))
                : new Totals(1_300 + a % (MAX_PER_FAMILY - 1_300 + 1), 1_000 + b % 800);
    }
}
