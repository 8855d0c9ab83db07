package com.connectgateway.sandbox.catalog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The open-vocabulary part of the catalog: for any phrase of known English words or names, a
 * thousand or more pictures in each family, each a pure function of its id. Nothing is stored per
 * phrase or picture; a search generates the pictures it shows and an id lookup regenerates one.
 */
public final class OpenVocabulary {

    private final CompletableFuture<Topics> topics;
    private final CompletableFuture<OpenImageIds> ids;
    private final KeywordVocabulary keywords;
    private final List<SandboxEvent> events;

    /** {@code english} may still be loading: the first call that needs it waits for it. */
    OpenVocabulary(CompletableFuture<EnglishVocabulary> english, KeywordVocabulary keywords,
            List<SandboxEvent> events) {
        this.topics = english.thenApply(Topics::new);
        this.ids = english.thenApply(OpenImageIds::new);
        this.keywords = keywords;
        this.events = events;
    }

    OpenVocabulary(EnglishVocabulary english, KeywordVocabulary keywords, List<SandboxEvent> events) {
        this(CompletableFuture.completedFuture(english), keywords, events);
    }

    /** The topic a search phrase is about, if the open vocabulary answers it. */
    public Optional<Topic> topic(String phrase) {
        return phrase == null || phrase.isBlank() ? Optional.empty() : topics.join().of(phrase);
    }

    public Topics.Totals totals(Topic topic) {
        return topics.join().totals(topic);
    }

    /**
     * Picture {@code rank} (0 = best match) of the topic in one family; the rank must be below the
     * family's total. It is the picture of the topic's key, whose words are in its texts.
     */
    public SandboxImage image(Topic topic, boolean editorial, int rank) {
        Topic key = topic.key();
        String id = ids.join().id(key.words(), editorial, rank);
        // One seeded die per picture: the picture depends on its id alone, not on what was generated before.
        Dice dice = new Dice(Hashing.of(id));
        ImageParts parts = new ImageParts(dice, keywords);
        return editorial ? new EditorialImages(dice, parts, events).createAbout(id, key)
                : new CreativeImages(dice, parts).createAbout(id, key);
    }

    /**
     * The rank of an open-vocabulary picture that has a video (a multiple of
     * {@link SandboxCatalog#VIDEO_ONE_IN}); empty for any other id.
     */
    Optional<Integer> filmedRank(String id) {
        return ids.join().decode(id).map(OpenImageIds.Decoded::rank)
                .filter(rank -> rank % VideoShoots.ONE_IN == 0);
    }

    /** The picture with this id, if it is one: its words must be a topic's key and its rank within that topic's total. */
    public Optional<SandboxImage> image(String id) {
        return ids.join().decode(id).flatMap(decoded -> topics.join().of(decoded.text())
                .filter(topic -> topic.isKey() && topic.words().equals(decoded.words()))
                .filter(topic -> decoded.rank() < totals(topic).of(decoded.editorial()))
                .map(topic -> image(topic, decoded.editorial(), decoded.rank())));
    }
}
