package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxImage;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The v3 sort orders of a search over catalog images, and of videos by their stills: every order
 * ends with the id as a tie-break, so it is total and stable and consecutive pages never overlap
 * or skip a result.
 */
final class SearchOrder {

    private SearchOrder() {
    }

    /**
     * @param image the catalog image an item is ordered by (the item itself, or a video's still)
     * @param score the item's best-match score
     */
    static <T> Comparator<T> of(String sortOrder, String phrase, Function<T, SandboxImage> image,
            ToIntFunction<T> score) {
        Comparator<T> byId = Comparator.comparing(image, SandboxImage.BY_ID);
        Comparator<T> primary = switch (sortOrder) {
            case "most_popular" -> Comparator.comparingInt((T item) -> image.apply(item).popularity()).reversed();
            case "newest" -> Comparator.comparing((T item) -> image.apply(item).dateSubmitted().toInstant()).reversed();
            case "oldest" -> Comparator.comparing((T item) -> image.apply(item).dateCreated().toInstant());
            case "random" -> Comparator.comparingLong(shuffleKey(phrase, image));
            default -> Comparator.comparingInt(score).reversed()
                    .thenComparing(Comparator.comparingInt((T item) -> image.apply(item).popularity()).reversed());
        };
        return primary.thenComparing(byId);
    }

    /** A shuffle that is the same for the same phrase on every call and differs between phrases. */
    private static <T> ToLongFunction<T> shuffleKey(String phrase, Function<T, SandboxImage> image) {
        long seed = phrase.hashCode() * 0x9E3779B97F4A7C15L;
        return item -> mix(seed ^ image.apply(item).idHash());
    }

    /** SplitMix64's finalizer: spreads nearby ids over the whole range. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
