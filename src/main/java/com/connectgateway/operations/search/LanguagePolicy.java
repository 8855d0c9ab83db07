package com.connectgateway.operations.search;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Legacy {@code Language} → v3 {@code Accept-Language}. Legacy clients send region tags such as
 * {@code de-de} or {@code fr-fr}; v3 accepts mostly bare languages, so a tag goes upstream as the
 * nearest tag v3 accepts: itself when supported, else the one v3 tag of its language
 * ({@code de-de} → {@code de}, {@code en-au} → {@code en-US}). Only a language v3 does not serve at
 * all falls back to en-US with a DefaultLanguageUsed warning; text that is not a language tag is
 * InvalidLanguageCode. No Language means en-US without a warning, as the legacy docs describe.
 */
public final class LanguagePolicy {

    static final String DEFAULT = "en-US";
    private static final Pattern TAG = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    /** The tags v3 lists as supported (v3-api.md §1). */
    private static final List<String> V3_TAGS = List.of("cs", "de", "en-GB", "en-US", "es", "fi", "fr", "hu", "id", "it",
            "ja", "ko", "nl", "pl", "pt-BR", "pt-PT", "ro", "ru", "sv", "th", "tr", "uk", "vi", "zh-HK");
    private static final Map<String, String> SUPPORTED = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** Per language, the v3 tag other regions of it go to. */
    private static final Map<String, String> BY_LANGUAGE = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String tag : V3_TAGS) {
            SUPPORTED.put(tag, tag);
            BY_LANGUAGE.putIfAbsent(tag.split("-")[0], tag);
        }
        BY_LANGUAGE.put("en", DEFAULT);
        BY_LANGUAGE.put("pt", "pt-PT");
        // v3's only Chinese is zh-HK (traditional script): Taiwan and explicit Hant tags are near it;
        // simplified Chinese (zh-CN, zh-Hans) is not, so those fall back to the default.
        BY_LANGUAGE.remove("zh");
        SUPPORTED.put("zh-TW", "zh-HK");
        SUPPORTED.put("zh-Hant", "zh-HK");
        SUPPORTED.put("zh-Hant-TW", "zh-HK");
        SUPPORTED.put("zh-Hant-HK", "zh-HK");
    }

    private LanguagePolicy() {
    }

    public static String acceptLanguage(String language, Consumer<StatusEntry> notes) {
        if (language == null || language.isBlank()) {
            return DEFAULT;
        }
        String tag = language.trim().replace('_', '-');
        if (!TAG.matcher(tag).matches()) {
            throw new LegacyFault(StatusCode.INVALID_LANGUAGE_CODE, "Language '" + language + "' is not a language tag.");
        }
        String supported = nearest(tag);
        if (supported == null) {
            notes.accept(StatusEntry.of(StatusCode.DEFAULT_LANGUAGE_USED,
                    "Language '" + language + "' is not supported; using en-us."));
            return DEFAULT;
        }
        return supported;
    }

    /** The v3 tag for a well-formed legacy tag, or null when v3 serves no form of its language. */
    static String nearest(String tag) {
        String exact = SUPPORTED.get(tag);
        if (exact != null) {
            return exact;
        }
        return BY_LANGUAGE.get(tag.split("-")[0].toLowerCase(Locale.ROOT));
    }
}
