package com.connectgateway.sandbox.catalog;

import com.connectgateway.sandboxmode.SandboxMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The sandbox's image catalog, generated once at start when the sandbox is in use (and never when
 * a real upstream is configured): the hand-made images and events, and the word lists of the
 * open vocabulary. It is built at run time rather than held in static fields so a
 * native image does not freeze a {@code Random} into its heap.
 */
@ApplicationScoped
public class SandboxCatalog {

    private List<SandboxImage> images;
    private final Map<String, SandboxImage> byId = new LinkedHashMap<>();
    private List<SandboxVideo> videos;
    private final Map<String, SandboxVideo> videosById = new LinkedHashMap<>();
    private List<SandboxEvent> events;
    private KeywordVocabulary vocabulary;
    private OpenVocabulary openVocabulary;

    /** In {@code @PostConstruct}, not the constructor, which the client proxy also runs. */
    @PostConstruct
    void generate() {
        CatalogGenerator.Generated generated = CatalogGenerator.generate(CatalogGenerator.SEED,
                CatalogGenerator.IMAGE_COUNT);
        this.images = generated.images();
        this.events = generated.events();
        this.vocabulary = generated.vocabulary();
        images.forEach(image -> byId.put(image.id(), image));
        this.videos = images.stream().filter(SandboxCatalog::filmedByHand).map(VideoShoots::shoot).toList();
        videos.forEach(video -> videosById.put(video.id(), video));
        // The word lists take half a second to read: read them beside the rest of start-up, not before it.
        CompletableFuture<EnglishVocabulary> english = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                english.complete(EnglishVocabulary.load());
            } catch (RuntimeException | Error e) {
                english.completeExceptionally(e);
            }
        }, "sandbox-word-lists");
        reader.setDaemon(true);
        reader.start();
        this.openVocabulary = new OpenVocabulary(english, vocabulary, events);
    }

    /** Static, so the event alone does not create the bean; the first call on the proxy does. */
    static void generateWhenInUse(@Observes StartupEvent event, SandboxCatalog catalog, SandboxMode mode) {
        if (mode.enabled()) {
            catalog.images();
        }
    }

    /** Every image of the hand-made catalog, in id order (open-vocabulary pictures are not listed). */
    public List<SandboxImage> images() {
        return images;
    }

    /** A hand-made or an open-vocabulary image. */
    public Optional<SandboxImage> image(String id) {
        if (id == null) {
            return Optional.empty();
        }
        SandboxImage image = byId.get(id.trim());
        return image != null ? Optional.of(image) : openVocabulary.image(id.trim());
    }

    /** One still in this many has a video, in the hand-made catalog and in every topic's ranking. */
    public static final int VIDEO_ONE_IN = VideoShoots.ONE_IN;

    /** Every video of the hand-made catalog, in id order (those of the open vocabulary are not listed). */
    public List<SandboxVideo> videos() {
        return videos;
    }

    /** A hand-made or an open-vocabulary video; empty for an unknown id or an image id. */
    public Optional<SandboxVideo> video(String id) {
        return VideoIds.stillId(id).flatMap(stillId -> {
            SandboxVideo handMade = videosById.get(id.trim());
            if (handMade != null || byId.containsKey(stillId)) {
                return Optional.ofNullable(handMade);
            }
            return openVocabulary.filmedRank(stillId).isPresent() ? openVocabulary.image(stillId).map(VideoShoots::shoot)
                    : Optional.empty();
        });
    }

    /**
     * The video of an open-vocabulary picture whose rank is a multiple of {@link #VIDEO_ONE_IN}
     * (searches pick those; {@link #video} answers only those).
     */
    public SandboxVideo videoOf(SandboxImage still) {
        return VideoShoots.shoot(still);
    }

    /** Hand-made images 1, 6, 11, ... of the catalog have a video. */
    private static boolean filmedByHand(SandboxImage image) {
        return (Long.parseLong(image.id()) - CatalogGenerator.FIRST_ID) % VideoShoots.ONE_IN == 0;
    }

    public OpenVocabulary openVocabulary() {
        return openVocabulary;
    }

    public List<SandboxEvent> events() {
        return events;
    }

    public KeywordVocabulary vocabulary() {
        return vocabulary;
    }

    public List<SandboxCollection> collections() {
        return SandboxCollections.ALL;
    }
}
