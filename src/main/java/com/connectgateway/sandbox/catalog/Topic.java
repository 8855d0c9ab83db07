package com.connectgateway.sandbox.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search phrase the open vocabulary answers, in canonical form: lower-case ASCII words
 * separated by single spaces ({@code text}). {@code person} is set when every word that is not
 * a function word names a person ("angelina jolie", "obama"): such topics get editorial
 * pictures of that person and creative pictures that merely show the name.
 *
 * <p>The generated pictures are those of the topic's {@linkplain #key() key}: the topic itself
 * when it is one or two content words and nothing else ("tree", "christmas tree"), otherwise the
 * topic of its one or two key content words (see {@link Topics#of}). An image id has room for two
 * words only (at most 18 digits, see {@link OpenImageIds}).
 */
public record Topic(String text, List<String> words, List<String> contentWords, boolean person, Topic key) {

    /** A topic that is its own key. */
    Topic(String text, List<String> words, List<String> contentWords, boolean person) {
        this(text, words, contentWords, person, null);
    }

    /** The topic whose pictures this one shows: "portrait of a dog" shows those of "portrait dog". */
    @Override
    public Topic key() {
        return key == null ? this : key;
    }

    boolean isKey() {
        return key == null;
    }

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
