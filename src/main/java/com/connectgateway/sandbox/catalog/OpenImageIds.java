package com.connectgateway.sandbox.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids of the open-vocabulary pictures. An id carries its topic's key words (one or two, see
 * {@link Topic#key()}), its family and its rank, so any id resolves to the same picture without
 * anything being stored. The words are not spelled out but numbered by their {@linkplain
 * EnglishVocabulary#code code}, their position in the word lists (about 1.5 million codes, 21
 * bits): one word is its code {@code c}, two words are {@code C + c1 * C + c2} where {@code C} is
 * the number of codes; that number times 4,096, plus the family and rank slot (editorial ranks
 * start at 2,048), plus 10^10.
 *
 * <p>So every id has 11 to 16 digits (at most 17 for lists ten times as large): never one of the hand-made catalog's nine-digit ids (nor a
 * real Getty id, which has 6 to 10), and never more than 18 digits, so that legacy clients that
 * keep ImageId in a signed 64-bit integer can hold it. The codes are positions in sorted lists
 * read from fixed versions of the word list artifacts, so an id means the same picture on every
 * start; the constructor refuses word lists that would need longer ids.
 */
final class OpenImageIds {

    /** A decoded id: the key words, the family and the rank within that family (0 = best match). */
    record Decoded(List<String> words, boolean editorial, int rank) {

        String text() {
            return String.join(" ", words);
        }
    }

    static final int RANKS_PER_FAMILY = 2_048;
    static final int MAX_WORDS = 2;
    private static final long SLOTS = 2L * RANKS_PER_FAMILY;
    static final long OFFSET = 10_000_000_000L;
    /** The largest id any client can hold as a signed 64-bit integer and still read as at most 18 digits. */
    static final long MAX_ID = 999_999_999_999_999_999L;
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{10,17}");

    private final EnglishVocabulary vocabulary;
    private final long codes;

    OpenImageIds(EnglishVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.codes = vocabulary.codeCount();
        if (largest(codes) > MAX_ID) {
            throw new IllegalStateException(codes + " word codes make ids longer than 18 digits");
        }
        VideoIds.requireBelow(largest(codes));
    }

    /** The largest id {@link #pack} makes with this many word codes. */
    static long largest(long codes) {
        // Math.*Exact: an overflow is an error here, not a wrap-around.
        long keys = Math.addExact(codes, Math.multiplyExact(codes, codes));
        return Math.addExact(OFFSET, Math.multiplyExact(keys, SLOTS) - 1);
    }

    /** The id of picture {@code rank} of the key topic with these one or two words. */
    String id(List<String> words, boolean editorial, int rank) {
        long[] wordCodes = new long[words.size()];
        for (int i = 0; i < wordCodes.length; i++) {
            wordCodes[i] = vocabulary.code(words.get(i));
            if (wordCodes[i] < 0) {
                throw new IllegalArgumentException("not a known word: " + words.get(i));
            }
        }
        return Long.toString(pack(wordCodes, codes, editorial, rank));
    }

    /**
     * Empty for anything that is not the id of an open-vocabulary picture. The words are known
     * ones; whether they are a topic's key, and the rank within its total, the caller checks.
     */
    Optional<Decoded> decode(String id) {
        if (id == null || !DIGITS.matcher(id).matches()) {
            return Optional.empty();
        }
        return unpack(Long.parseLong(id), codes).flatMap(unpacked -> {
            List<String> words = new ArrayList<>();
            for (long code : unpacked.codes()) {
                Optional<String> word = vocabulary.word(code);
                if (word.isEmpty()) {
                    return Optional.empty();
                }
                words.add(word.get());
            }
            return Optional.of(new Decoded(List.copyOf(words), unpacked.editorial(), unpacked.rank()));
        });
    }

    /** The arithmetic of an id, without words: codes 0 to {@code codes} - 1. */
    record Unpacked(long[] codes, boolean editorial, int rank) {
    }

    static long pack(long[] wordCodes, long codes, boolean editorial, int rank) {
        if (rank < 0 || rank >= RANKS_PER_FAMILY) {
            throw new IllegalArgumentException("rank out of range: " + rank);
        }
        if (wordCodes.length < 1 || wordCodes.length > MAX_WORDS) {
            throw new IllegalArgumentException("one or two words, not " + wordCodes.length);
        }
        for (long code : wordCodes) {
            if (code < 0 || code >= codes) {
                throw new IllegalArgumentException("word code out of range: " + code);
            }
        }
        long key = wordCodes.length == 1 ? wordCodes[0] : codes + wordCodes[0] * codes + wordCodes[1];
        return OFFSET + key * SLOTS + (editorial ? RANKS_PER_FAMILY : 0) + rank;
    }

    static Optional<Unpacked> unpack(long id, long codes) {
        if (id < OFFSET || id > largest(codes)) {
            return Optional.empty();
        }
        long number = id - OFFSET;
        int slot = (int) (number % SLOTS);
        long key = number / SLOTS;
        long[] wordCodes = key < codes ? new long[] { key }
                : new long[] { (key - codes) / codes, (key - codes) % codes };
        return Optional.of(new Unpacked(wordCodes, slot >= RANKS_PER_FAMILY, slot % RANKS_PER_FAMILY));
    }
}
