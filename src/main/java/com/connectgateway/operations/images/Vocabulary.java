package com.connectgateway.operations.images;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One legacy value family and its v3 spellings, read both ways from the same pairs, so a request
 * filter and the value in a result can never disagree. Legacy values are matched in any case
 * (clients send {@code "editorial"} and {@code "Editorial"}); v3 values by their normalized key.
 */
public final class Vocabulary {

    private final Map<String, String> toV3 = new LinkedHashMap<>();
    private final Map<String, String> legacySpelling = new LinkedHashMap<>();
    private final Map<String, String> toLegacy = new LinkedHashMap<>();
    private final UnaryOperator<String> v3Key;

    private Vocabulary(UnaryOperator<String> v3Key) {
        this.v3Key = v3Key;
    }

    /** v3 values are matched ignoring case. */
    public static Vocabulary create() {
        return new Vocabulary(v3 -> v3.toLowerCase(Locale.ROOT));
    }

    /** v3 values are matched by a key of their own, for families v3 writes in several ways. */
    public static Vocabulary keyedBy(UnaryOperator<String> v3Key) {
        return new Vocabulary(v3Key);
    }

    /** A value both directions know. */
    public Vocabulary pair(String legacy, String v3) {
        accept(legacy, v3);
        toLegacy.put(v3Key.apply(v3), legacy);
        return this;
    }

    /** A legacy value requests may send, which a v3 value never reads back as (an alias, or no legacy result value). */
    public Vocabulary accept(String legacy, String v3) {
        toV3.put(legacyKey(legacy), v3);
        legacySpelling.put(legacyKey(legacy), legacy);
        return this;
    }

    /** The v3 value of a legacy one, or null when the legacy value is not in this vocabulary. */
    public String toV3(String legacy) {
        return legacy == null ? null : toV3.get(legacyKey(legacy));
    }

    /** The documented spelling of a legacy value sent in any case, or null when unknown. */
    public String legacySpelling(String legacy) {
        return legacy == null ? null : legacySpelling.get(legacyKey(legacy));
    }

    /** The legacy value of a v3 one, or {@code otherwise} when v3 gave none or one legacy never had. */
    public String toLegacy(String v3, String otherwise) {
        return v3 == null ? otherwise : toLegacy.getOrDefault(v3Key.apply(v3), otherwise);
    }

    public String toLegacy(String v3) {
        return toLegacy(v3, null);
    }

    private static String legacyKey(String legacy) {
        return legacy.trim().toLowerCase(Locale.ROOT);
    }
}
