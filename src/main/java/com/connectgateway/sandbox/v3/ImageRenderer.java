package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.ImageKeyword;
import com.connectgateway.sandbox.catalog.SandboxImage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one image as v3 JSON: {@code id} first, then exactly the selected fields in alphabetical
 * order. A selected field without a value is still present, as null or an empty list.
 */
final class ImageRenderer {

    /**
     * Per-request facts the rendering depends on.
     *
     * @param baseUrl  {@code http://<Host header>}, so media and download links point back at the caller's host
     * @param withUser whether the bearer token has a user (download fields are empty otherwise)
     * @param german   whether Accept-Language asked for German keyword texts
     * @param unwatermarkedComps whether the key is entitled to unwatermarked comps ({@link CompEntitlement})
     */
    record Context(String baseUrl, boolean withUser, boolean german, ImageFieldSelector.Endpoint endpoint,
            boolean unwatermarkedComps) {
    }

    private ImageRenderer() {
    }

    static Map<String, Object> render(SandboxImage image, ImageFieldSelector.Selection selection, Context context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", image.id());
        for (String field : selection.fields()) {
            json.put(field, value(field, image, selection, context));
        }
        return json;
    }

    private static Object value(String field, SandboxImage image, ImageFieldSelector.Selection selection,
            Context context) {
        return switch (field) {
            case "allowed_use" -> allowedUse(image);
            case "artist" -> image.artist();
            case "artist_title" -> image.artistTitle();
            case "asset_family" -> image.assetFamily();
            case "call_for_image" -> image.callForImage();
            case "caption" -> image.caption();
            case "city" -> image.city();
            case "collection_code" -> image.collection().code();
            case "collection_id" -> image.collection().id();
            case "collection_name" -> image.collection().name();
            case "color_type" -> image.colorType();
            case "copyright" -> image.copyright();
            case "country" -> image.country();
            case "credit_line" -> image.creditLine();
            case "date_created" -> iso(image.dateCreated());
            case "date_submitted" -> iso(image.dateSubmitted());
            case "display_sizes" -> displaySizes(image, selection.displaySizes(), context);
            case "download_sizes" -> context.withUser() ? DownloadSizes.sizes(image) : List.of();
            case "downloads" -> context.withUser() ? DownloadSizes.sizesWithLinks(image, context.baseUrl()) : List.of();
            case "editorial_segments" -> image.editorialSegments();
            case "editorial_source" -> editorialSource(image);
            case "event_ids" -> image.eventIds();
            case "graphical_style" -> image.graphicalStyle();
            case "keywords" -> keywords(image, context.german());
            case "largest_downloads" -> largestDownloads(image, context);
            case "license_model" -> image.licenseModel();
            case "max_dimensions" -> maxDimensions(image);
            case "orientation" -> image.orientation();
            case "people" -> image.people();
            case "product_types" -> image.productTypes();
            case "quality_rank" -> image.qualityRank();
            case "referral_destinations" -> referrals(image);
            case "state_province" -> image.stateProvince();
            case "title" -> image.title();
            case "uri_oembed" -> image.embeddable()
                    ? "https://embed.gettyimages.com/oembed?url=http%3a%2f%2fgty.im%2f" + image.id() : null;
            default -> throw new IllegalStateException("No renderer for field " + field);
        };
    }

    private static String iso(OffsetDateTime time) {
        return SandboxDates.iso(time);
    }

    static Map<String, Object> allowedUse(SandboxImage image) {
        Map<String, Object> allowed = new LinkedHashMap<>();
        allowed.put("how_can_i_use_it", image.allowedUse().howCanIUseIt());
        allowed.put("release_info", image.allowedUse().releaseInfo());
        allowed.put("usage_restrictions", image.allowedUse().usageRestrictions());
        return allowed;
    }

    private static List<Map<String, Object>> displaySizes(SandboxImage image, List<String> names, Context context) {
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (String name : names) {
            Map<String, Object> size = new LinkedHashMap<>();
            // As in the real samples: comp and preview watermarked, thumb not.
            boolean watermarked = CompEntitlement.watermarked(name, context.unwatermarkedComps());
            size.put("is_watermarked", watermarked);
            size.put("name", name);
            size.put("uri", displayUri(context.baseUrl(), image.id(), name, context.unwatermarkedComps()));
            sizes.add(size);
        }
        return sizes;
    }

    /**
     * The URI of one display size of an image. Boards list their assets' display sizes through
     * this too, so a board and {@code /v3/images} never disagree about a picture's address.
     */
    static String displayUri(String baseUrl, String imageId, String size, boolean unwatermarkedComps) {
        return SandboxMediaResource.uri(baseUrl, imageId, size, CompEntitlement.watermarked(size, unwatermarkedComps));
    }

    private static Map<String, Object> editorialSource(SandboxImage image) {
        if (image.editorialSource() == null) {
            return null;
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", image.editorialSource().id());
        source.put("name", image.editorialSource().name());
        return source;
    }

    static List<Map<String, Object>> keywords(SandboxImage image, boolean german) {
        List<Map<String, Object>> keywords = new ArrayList<>();
        for (ImageKeyword attached : image.keywords()) {
            Map<String, Object> keyword = new LinkedHashMap<>();
            keyword.put("keyword_id", attached.keyword().id());
            keyword.put("text", attached.keyword().text(german));
            keyword.put("type", attached.keyword().type());
            keyword.put("relevance", attached.relevance());
            keywords.add(keyword);
        }
        return keywords;
    }

    private static List<Map<String, Object>> largestDownloads(SandboxImage image, Context context) {
        if (!context.withUser()) {
            return List.of();
        }
        return context.endpoint() == ImageFieldSelector.Endpoint.SEARCH
                ? DownloadSizes.links(image, context.baseUrl())
                : DownloadSizes.largestWithLinks(image, context.baseUrl());
    }

    private static Map<String, Object> maxDimensions(SandboxImage image) {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("height", image.maxHeight());
        dimensions.put("width", image.maxWidth());
        return dimensions;
    }

    private static List<Map<String, Object>> referrals(SandboxImage image) {
        List<Map<String, Object>> referrals = new ArrayList<>();
        referrals.add(referral("gettyimages", "https://www.gettyimages.com/detail/" + image.id()));
        if (image.istockReferral()) {
            referrals.add(referral("istockphoto", "https://www.istockphoto.com/photo/gm" + image.id()));
        }
        return referrals;
    }

    private static Map<String, Object> referral(String site, String uri) {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("site_name", site);
        referral.put("uri", uri);
        return referral;
    }
}
