package com.connectgateway.observability;

import java.util.Set;

/**
 * The route template of a v3 path, as a metric tag: the resource names v3 has, with every other
 * segment (ids, families) replaced by a placeholder, so the tag's values stay few whatever ids are
 * asked for, e.g. {@code boards/4f2a/assets} → {@code boards/{id}/assets}.
 */
final class V3Endpoints {

    private static final Set<String> RESOURCES = Set.of("search", "images", "videos", "events", "collections", "countries",
            "products", "downloads", "purchased-assets", "boards", "assets", "asset-changes", "change-sets", "usage-batches");

    private V3Endpoints() {
    }

    static String template(String encodedPath) {
        String[] segments = encodedPath.split("/", -1);
        if (segments.length == 0 || !RESOURCES.contains(segments[0])) {
            return "other";
        }
        StringBuilder template = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length && i < 4; i++) {
            boolean family = i == 2 && segments[0].equals("search");
            template.append('/').append(family ? "{family}" : RESOURCES.contains(segments[i]) ? segments[i] : "{id}");
        }
        return segments.length > 4 ? "other" : template.toString();
    }
}
