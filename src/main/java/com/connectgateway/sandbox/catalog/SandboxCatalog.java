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
