package com.connectgateway.sandbox.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search phrase the open vocabulary answers, in canonical form: lower-case ASCII words
 * separated by single spaces ({@code text}). {@code person} is set when every word that is not
 * a function word names a person ("angelina jolie", "obama"): such topics get editorial
 * pictures of that person and creative pictures that merely show the name.
 */
public record Topic(String text, List<String> words, List<String> contentWords, boolean person) {

    /** "Christmas Tree", "Angelina Jolie": how titles and the people field name the topic. */
    public String titled() {
        List<String> titled = new ArrayList<>();
        for (String word : words) {
            boolean small = !contentWords.contains(word) && !titled.isEmpty();
            titled.add(small ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return String.join(" ", titled);
    }

    /** "Christmas tree": the start of a sentence. */
    public String sentence() {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
