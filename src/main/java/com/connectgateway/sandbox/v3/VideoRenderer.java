package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxImage;
import com.connectgateway.sandbox.catalog.SandboxVideo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one video as v3 JSON: {@code id} first, then exactly the selected fields in alphabetical
 * order; a selected field without a value is present as null or an empty list, as for images.
 */
final class VideoRenderer {

    /** Key frames v3 lists in {@code display_set}. */
    static final int KEY_FRAMES = 5;

    /**
     * Per-request facts the rendering depends on.
     *
     * @param baseUrl  {@code http://<Host header>}, so media and download links point back at the caller's host
     * @param withUser whether the bearer token has a user ({@code downloads} lists are empty otherwise)
     */
    record Context(String baseUrl, boolean withUser, boolean german, VideoFieldSelector.Endpoint endpoint,
            boolean unwatermarkedComps) {
    }

    private VideoRenderer() {
    }

    static Map<String, Object> render(SandboxVideo video, VideoFieldSelector.Selection selection, Context context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", video.id());
        for (String field : selection.fields()) {
            json.put(field, value(field, video, selection, context));
        }
        return json;
    }

    private static Object value(String field, SandboxVideo video, VideoFieldSelector.Selection selection,
            Context context) {
        SandboxImage still = video.still();
        return switch (field) {
            case "allowed_use" -> ImageRenderer.allowedUse(still);
            case "artist" -> still.artist();
            case "asset_family" -> still.assetFamily();
            case "call_for_image" -> false;
            case "caption" -> still.caption();
            case "clip_length" -> video.clipLength();
            case "collection_code" -> still.collection().code();
            case "collection_id" -> still.collection().id();
            case "collection_name" -> still.collection().name();
            case "color_type" -> still.colorType();
            case "copyright" -> still.copyright();
            case "date_created" -> SandboxDates.iso(still.dateCreated());
            case "display_sizes" -> displaySizes(video, selection.displaySizes(), context);
            case "download_sizes" -> VideoDownloadSizes.sizes(video, context.baseUrl(), context.withUser());
            case "era" -> video.era();
            case "event_ids" -> still.eventIds();
            case "key_frames" -> keyFrames(video, context);
            case "keywords" -> keywords(still, context.german());
            case "largest_downloads" -> VideoDownloadSizes.largest(video, context.baseUrl(), context.withUser(),
                    context.endpoint());
            case "license_model" -> video.licenseModel();
            case "mastered_to" -> video.masteredTo();
            case "originally_shot_on" -> video.originallyShotOn();
            case "product_types" -> still.productTypes();
            case "quality_rank" -> still.qualityRank();
            case "shot_speed" -> video.shotSpeed();
            case "source" -> video.source();
            case "title" -> still.title();
            default -> throw new IllegalStateException("No renderer for field " + field);
        };
    }

    private static List<Map<String, Object>> displaySizes(SandboxVideo video, List<String> names, Context context) {
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (String name : names) {
            boolean watermarked = CompEntitlement.watermarked(name, context.unwatermarkedComps());
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("is_watermarked", watermarked);
            size.put("name", name);
            size.put("uri", SandboxMediaResource.videoUri(context.baseUrl(), video.id(), name, watermarked));
            size.put("aspect_ratio", "16:9");
            sizes.add(size);
        }
        return sizes;
    }

    private static List<Map<String, Object>> keyFrames(SandboxVideo video, Context context) {
        List<Map<String, Object>> frames = new ArrayList<>();
        for (int frame = 1; frame <= KEY_FRAMES; frame++) {
            frames.add(Map.of("uri", SandboxMediaResource.keyFrameUri(context.baseUrl(), video.id(), frame)));
        }
        return frames;
    }

    /** The still's keywords as images render them; a null relevance is sent as 1: the gateway reads a number. */
    private static List<Map<String, Object>> keywords(SandboxImage still, boolean german) {
        List<Map<String, Object>> keywords = ImageRenderer.keywords(still, german);
        keywords.forEach(keyword -> keyword.putIfAbsent("relevance", 1));
        return keywords;
    }
}
