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
 * Legacy {@code Language} → v3 {@code Accept-Language}. A well-formed tag v3 does not support falls
 * back to en-US with a DefaultLanguageUsed warning; text that is not a language tag at all is
 * InvalidLanguageCode. No Language means en-US without a warning, as the legacy docs describe.
 */
final class LanguagePolicy {

    static final String DEFAULT = "en-US";
    private static final Pattern TAG = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final Map<String, String> SUPPORTED = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String tag : List.of("cs", "de", "en-GB", "en-US", "es", "fi", "fr", "hu", "id", "it", "ja", "ko", "nl", "pl",
                "pt-BR", "pt-PT", "ro", "ru", "sv", "th", "tr", "uk", "vi", "zh-HK")) {
            SUPPORTED.put(tag, tag);
        }
        SUPPORTED.put("en", "en-US");
        SUPPORTED.put("pt", "pt-PT");
    }

    private LanguagePolicy() {
    }

    static String acceptLanguage(String language, Consumer<StatusEntry> notes) {
        if (language == null || language.isBlank()) {
            return DEFAULT;
        }
        String tag = language.trim().replace('_', '-');
        if (!TAG.matcher(tag).matches()) {
            throw new LegacyFault(StatusCode.INVALID_LANGUAGE_CODE, "Language '" + language + "' is not a language tag.");
        }
        String supported = SUPPORTED.get(tag.toLowerCase(Locale.ROOT));
        if (supported == null) {
            notes.accept(StatusEntry.of(StatusCode.DEFAULT_LANGUAGE_USED,
                    "Language '" + language + "' is not supported; using en-us."));
            return DEFAULT;
        }
        return supported;
    }
}
