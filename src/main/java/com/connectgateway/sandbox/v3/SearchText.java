package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.ImageKeyword;
import com.connectgateway.sandbox.catalog.SandboxImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The searchable text of one image, normalized once: Unicode NFC and locale-neutral lower case,
 * so "ZÜRICH" finds "Zürich" whichever way the ü was composed, and "東京タワー" finds itself.
 */
record SearchText(String title, String caption, List<String> keywords, Set<String> keywordIds, Set<String> people,
        String artist, Set<String> keywordTexts) {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    static SearchText of(SandboxImage image) {
        List<String> keywords = new ArrayList<>();
        for (ImageKeyword attached : image.keywords()) {
            // German texts are searchable too, so a phrase in the language of the response still matches.
            keywords.add(normalize(attached.keyword().text())
                    + (attached.keyword().german() == null ? "" : " " + normalize(attached.keyword().german())));
        }
        return new SearchText(normalize(image.title()), normalize(image.caption()), List.copyOf(keywords),
                image.keywords().stream().map(k -> k.keyword().id()).collect(Collectors.toUnmodifiableSet()),
                image.people().stream().map(SearchText::normalize).collect(Collectors.toUnmodifiableSet()),
                normalize(image.artist()),
                image.keywords().stream().map(k -> k.keyword().text()).collect(Collectors.toUnmodifiableSet()));
    }

    static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The whitespace-separated terms of a phrase; none for a blank or absent phrase. */
    static List<String> terms(String phrase) {
        List<String> terms = new ArrayList<>();
        if (phrase != null) {
            for (String term : WHITESPACE.split(normalize(phrase))) {
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            }
        }
        return List.copyOf(terms);
    }

    /** Every term occurs in the title, the caption or a keyword. */
    boolean matchesAll(List<String> terms) {
        for (String term : terms) {
            if (!title.contains(term) && !caption.contains(term) && keywords.stream().noneMatch(k -> k.contains(term))) {
                return false;
            }
        }
        return true;
    }

    /** Best-match weight: a title hit counts three, each matching keyword two, a caption hit one. */
    int score(List<String> terms) {
        int score = 0;
        for (String term : terms) {
            score += title.contains(term) ? 3 : 0;
            score += 2 * (int) keywords.stream().filter(k -> k.contains(term)).count();
            score += caption.contains(term) ? 1 : 0;
        }
        return score;
    }
}
