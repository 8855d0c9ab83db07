package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxVideo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The download sizes of a video, one per format it has (so {@code format_available} and the sizes
 * agree), largest first, each with its {@code downloads}: the user's products that may download
 * it, listed by {@link DownloadSizes#links} as for images, empty without a user. Bytes are
 * estimates from a typical bit rate and the clip's length.
 */
final class VideoDownloadSizes {

    /** A size v3 names in {@code download_sizes[].name}; {@code format} as v3 spells it. */
    record Size(String name, String format, String formatKey, int width, int height, double megabitsPerSecond) {
    }

    static final List<Size> SIZES = List.of(
            new Size("4k1", "4K", "4k", 3840, 2160, 45),
            new Size("hd1", "HD", "hd", 1920, 1080, 20),
            new Size("hd_web1", "HD Web", "hd_web", 1280, 720, 8),
            new Size("sd1", "SD", "sd", 640, 360, 3));

    private VideoDownloadSizes() {
    }

    static List<Size> of(SandboxVideo video) {
        return SIZES.stream().filter(size -> video.formats().contains(size.formatKey())).toList();
    }

    static Optional<Size> named(SandboxVideo video, String name) {
        return of(video).stream().filter(size -> size.name().equals(name)).findFirst();
    }

    /** {@code download_sizes}: every size; {@code downloads} filled only for a token with a user. */
    static List<Map<String, Object>> sizes(SandboxVideo video, String baseUrl, boolean withUser) {
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (Size size : of(video)) {
            Map<String, Object> json = describe(video, size);
            json.put("downloads", withUser ? links(video, size, baseUrl) : List.of());
            sizes.add(json);
        }
        return sizes;
    }

    /**
     * {@code largest_downloads}, shaped as for images: flat download objects in search results, the
     * largest size with its downloads from {@code /v3/videos}. Empty without a user.
     */
    static List<Map<String, Object>> largest(SandboxVideo video, String baseUrl, boolean withUser,
            VideoFieldSelector.Endpoint endpoint) {
        if (!withUser) {
            return List.of();
        }
        Size largest = of(video).get(0);
        List<Map<String, Object>> links = links(video, largest, baseUrl);
        if (endpoint == VideoFieldSelector.Endpoint.SEARCH || links.isEmpty()) {
            return links;
        }
        Map<String, Object> json = describe(video, largest);
        json.put("downloads", links);
        return List.of(json);
    }

    private static List<Map<String, Object>> links(SandboxVideo video, Size size, String baseUrl) {
        return DownloadSizes.links(video.still().productTypes(), false, type -> baseUrl
                + "/sandbox/v3/downloads/videos/" + video.id() + "?size=" + size.name() + "&product_type=" + type);
    }

    private static Map<String, Object> describe(SandboxVideo video, Size size) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", size.name());
        json.put("description", size.width() + "x" + size.height() + " " + Math.round(video.frameRate()) + "p");
        json.put("format", size.format());
        json.put("content_type", "video/mp4");
        json.put("frame_rate", video.frameRate());
        json.put("frame_size", size.width() + "x" + size.height());
        json.put("height", size.height());
        json.put("width", size.width());
        json.put("interlaced", false);
        double seconds = video.clipFrames() / video.frameRate();
        json.put("bytes", Math.round(size.megabitsPerSecond() * 1_000_000 / 8 * seconds));
        return json;
    }
}
