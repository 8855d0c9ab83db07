package com.connectgateway.sandbox.catalog;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids of the open-vocabulary pictures. An id carries its topic's text, its family and its rank,
 * so any id resolves to the same picture without anything being stored: the text's characters
 * as base-38 digits (1-37, never 0, so the text decodes unambiguously), times 4,096, plus the
 * rank (editorial ranks start at 2,048), plus 10^10. Every such id has at least 11 digits; the
 * hand-made catalog's ids have nine, so the two never meet.
 */
final class OpenImageIds {

    /** A decoded id: the topic text, the family and the rank within that family (0 = best match). */
    record Decoded(String text, boolean editorial, int rank) {
    }

    static final int RANKS_PER_FAMILY = 2_048;
    private static final String ALPHABET = " abcdefghijklmnopqrstuvwxyz0123456789";
    private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length() + 1);
    private static final BigInteger RANKS = BigInteger.valueOf(2L * RANKS_PER_FAMILY);
    private static final BigInteger OFFSET = BigInteger.TEN.pow(10);
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{10,80}");

    private OpenImageIds() {
    }

    static String id(String text, boolean editorial, int rank) {
        if (rank < 0 || rank >= RANKS_PER_FAMILY) {
            throw new IllegalArgumentException("rank out of range: " + rank);
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = text.length() - 1; i >= 0; i--) {
            int digit = ALPHABET.indexOf(text.charAt(i)) + 1;
            if (digit == 0) {
                throw new IllegalArgumentException("not a canonical topic text: " + text);
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        long slot = (editorial ? RANKS_PER_FAMILY : 0) + rank;
        return value.multiply(RANKS).add(BigInteger.valueOf(slot)).add(OFFSET).toString();
    }

    /** Empty for anything that is not the id of an open-vocabulary picture (the caller checks the text). */
    static Optional<Decoded> decode(String id) {
        if (id == null || !DIGITS.matcher(id).matches()) {
            return Optional.empty();
        }
        BigInteger number = new BigInteger(id).subtract(OFFSET);
        if (number.signum() < 0) {
            return Optional.empty();
        }
        BigInteger[] split = number.divideAndRemainder(RANKS);
        int slot = split[1].intValue();
        BigInteger value = split[0];
        StringBuilder text = new StringBuilder();
        while (value.signum() > 0) {
            BigInteger[] digit = value.divideAndRemainder(BASE);
            int index = digit[1].intValue();
            if (index == 0) {
                return Optional.empty();
            }
            text.append(ALPHABET.charAt(index - 1));
            value = digit[0];
        }
        if (text.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(text.toString(), slot >= RANKS_PER_FAMILY, slot % RANKS_PER_FAMILY));
    }
}
