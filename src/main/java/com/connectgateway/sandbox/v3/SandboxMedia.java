package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxImage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures behind {@code display_sizes} and downloads: a vertical gradient in two colours
 * derived from the image id, sized like v3's display sizes with the image's proportions. A
 * watermarked picture has a light band across the middle where v3 puts its watermark; thumbs and
 * downloaded files never have one. Recently served pictures are cached.
 */
@ApplicationScoped
public class SandboxMedia {

    private static final Map<String, Integer> LONG_SIDES = Map.of("thumb", 170, "preview", 340, "comp", 612);
    private static final int CACHED = 256;

    private final SandboxCatalog catalog;
    /** Least recently served first; bounded because the catalog has thousands of pictures. */
    private final Map<String, byte[]> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    SandboxMedia(SandboxCatalog catalog) {
        this.catalog = catalog;
    }

    /** The PNG of an image in a display size, watermarked or not; empty for an unknown image or size. */
    Optional<byte[]> png(String id, String size, boolean watermarked) {
        Integer longSide = LONG_SIDES.get(size);
        return longSide == null ? Optional.empty() : picture(id, longSide, watermarked);
    }

    /** A display size of a video's still; empty for an unknown video or size. */
    Optional<byte[]> videoStill(String videoId, String size, boolean watermarked) {
        return catalog.video(videoId).flatMap(video -> png(video.still().id(), size, watermarked));
    }

    /** A video's preview: the sandbox's one small clip, for every video. */
    Optional<byte[]> videoPreview(String videoId) {
        return catalog.video(videoId).map(video -> VideoClip.mp4());
    }

    /** The file a video download delivers: the same small clip (the sandbox serves no full-size files). */
    Optional<byte[]> videoDownload(String videoId) {
        return videoPreview(videoId);
    }

    /** The file a download delivers: comp-sized (the sandbox serves no full-size files) and never watermarked. */
    Optional<byte[]> download(String id) {
        return picture(id, LONG_SIDES.get("comp"), false);
    }

    private Optional<byte[]> picture(String id, int longSide, boolean watermarked) {
        Optional<SandboxImage> image = catalog.image(id);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        String key = id + "/" + longSide + (watermarked ? "/watermarked" : "");
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        byte[] png = draw(image.get(), longSide, watermarked);
        synchronized (cache) {
            cache.put(key, png);
        }
        return Optional.of(png);
    }

    private static byte[] draw(SandboxImage image, int longSide, boolean watermarked) {
        double scale = (double) longSide / Math.max(image.maxWidth(), image.maxHeight());
        int width = Math.max(1, (int) Math.round(image.maxWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.maxHeight() * scale));
        long seed = image.idHash();
        int top = (int) (seed >>> 40) & 0xFFFFFF;
        int bottom = (int) (seed >>> 8) & 0xFFFFFF;
        int bandFrom = height * 2 / 5;
        int bandTo = height * 3 / 5;
        return PngImages.encode(width, height, (x, y) -> {
            int rgb = blend(top, bottom, height == 1 ? 0 : (double) y / (height - 1));
            return watermarked && y >= bandFrom && y < bandTo ? blend(rgb, 0xFFFFFF, 0.6) : rgb;
        });
    }

    private static int blend(int from, int to, double share) {
        int red = channel(from >> 16, to >> 16, share);
        int green = channel((from >> 8) & 0xFF, (to >> 8) & 0xFF, share);
        int blue = channel(from & 0xFF, to & 0xFF, share);
        return red << 16 | green << 8 | blue;
    }

    private static int channel(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
