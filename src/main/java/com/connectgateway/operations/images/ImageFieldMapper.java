package com.connectgateway.operations.images;

import static com.connectgateway.operations.images.V3Fields.at;
import static com.connectgateway.operations.images.V3Fields.elements;
import static com.connectgateway.operations.images.V3Fields.flag;
import static com.connectgateway.operations.images.V3Fields.instant;
import static com.connectgateway.operations.images.V3Fields.integer;
import static com.connectgateway.operations.images.V3Fields.list;
import static com.connectgateway.operations.images.V3Fields.longValue;
import static com.connectgateway.operations.images.V3Fields.text;

import com.connectgateway.operations.images.LegacyImageParts.DownloadableSize;
import com.connectgateway.operations.images.LegacyImageParts.Keyword;
import com.connectgateway.operations.images.LegacyImageParts.KeywordText;
import com.connectgateway.operations.images.LegacyImageParts.ReferralDestination;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one v3 image into a legacy image entry. Every legacy member is mapped here exactly once;
 * search and details differ only in which members their entry has. Members without a v3 source
 * get the legacy empty value (null, or [] for collections).
 */
@ApplicationScoped
public class ImageFieldMapper {

    private final LegacyDates dates;

    ImageFieldMapper(LegacyDates dates) {
        this.dates = dates;
    }

    public SearchImage searchImage(JsonNode v3, boolean includeKeywords) {
        DisplaySizes sizes = DisplaySizes.of(v3);
        return new SearchImage(
                summary(v3, sizes, eventIds(v3)),
                flag(v3, "call_for_image") ? List.of("CallForImage") : List.of(),
                includeKeywords ? keywords(v3) : List.of(),
                orientations(v3),
                text(v3, "uri_oembed"));
    }

    public DetailImage detailImage(JsonNode v3) {
        DisplaySizes sizes = DisplaySizes.of(v3);
        List<Long> eventIds = eventIds(v3);
        String imageId = text(v3, "id");
        return new DetailImage(
                summary(v3, sizes, eventIds),
                text(v3, "artist_title"),
                text(v3, "city"),
                text(v3, "country"),
                text(v3, "credit_line"),
                eventIds.isEmpty() ? null : eventIds.get(0),
                list(v3, "keywords", ImageFieldMapper::keywordText),
                list(v3, "download_sizes", size -> downloadableSize(imageId, size)),
                text(v3, "state_province"),
                sizes.preferClean(DisplaySizes.HIGH_RES_COMP),
                sizes.watermarked(DisplaySizes.HIGH_RES_COMP));
    }

    private ImageSummary summary(JsonNode v3, DisplaySizes sizes, List<Long> eventIds) {
        Integer collectionId = integer(v3, "collection_id");
        JsonNode editorialSource = at(v3, "editorial_source");
        JsonNode allowedUse = at(v3, "allowed_use");
        return new ImageSummary(
                applicableProductOfferings(v3),
                text(v3, "artist"),
                text(v3, "caption"),
                collectionId == null ? null : collectionId.toString(),
                text(v3, "collection_name"),
                LegacyValues.colorType(text(v3, "color_type")),
                text(v3, "copyright"),
                dates.of(instant(v3, "date_created")),
                dates.of(instant(v3, "date_submitted")),
                list(v3, "editorial_segments", segment -> LegacyValues.editorialSegment(segment.asText())),
                text(editorialSource, "id"),
                text(editorialSource, "name"),
                eventIds,
                LegacyValues.graphicStyle(text(v3, "graphical_style")),
                LegacyValues.family(text(v3, "asset_family")),
                text(v3, "id"),
                LegacyValues.licenseModel(text(v3, "license_model")),
                integer(v3, "quality_rank"),
                list(v3, "referral_destinations",
                        destination -> new ReferralDestination(text(destination, "site_name"), text(destination, "uri"))),
                text(allowedUse, "release_info"),
                restrictions(allowedUse),
                text(v3, "title"),
                sizes.preferClean(DisplaySizes.COMP),
                sizes.preferClean(DisplaySizes.PREVIEW),
                sizes.preferClean(DisplaySizes.THUMB),
                sizes.watermarked(DisplaySizes.COMP),
                sizes.watermarked(DisplaySizes.PREVIEW));
    }

    /** Every scalar of usage_restrictions as text (a JSON null too, as "null", as it always was). */
    private static List<String> restrictions(JsonNode allowedUse) {
        List<String> restrictions = new ArrayList<>();
        for (JsonNode restriction : elements(allowedUse, "usage_restrictions")) {
            if (restriction.isValueNode()) {
                restrictions.add(restriction.asText());
            }
        }
        return restrictions;
    }

    private static List<Long> eventIds(JsonNode v3) {
        return list(v3, "event_ids", V3Fields::asLong);
    }

    /**
     * The customer's product offerings that authorise the image: the product types of the
     * largest downloads v3 returns for a user token (flat entries in search, size entries with
     * nested downloads in image details), each once in the order met. Anonymous sessions get none.
     */
    private static List<String> applicableProductOfferings(JsonNode v3) {
        List<String> offerings = new ArrayList<>(2);
        for (JsonNode download : elements(v3, "largest_downloads")) {
            addOffering(offerings, text(download, "product_type"));
            for (JsonNode nested : elements(download, "downloads")) {
                addOffering(offerings, text(nested, "product_type"));
            }
        }
        return offerings;
    }

    /** A list, not a set: there are one or two offerings, and contains() on them is cheaper than hashing. */
    private static void addOffering(List<String> offerings, String productType) {
        String legacy = LegacyValues.productOffering(productType);
        if (legacy != null && !offerings.contains(legacy)) {
            offerings.add(legacy);
        }
    }

    /** v3 has one orientation per image; legacy lists them. */
    private static List<String> orientations(JsonNode v3) {
        String orientation = text(v3, "orientation");
        return orientation == null ? List.of() : List.of(LegacyValues.orientation(orientation));
    }

    private static List<Keyword> keywords(JsonNode v3) {
        return list(v3, "keywords", ImageFieldMapper::keyword);
    }

    private static Keyword keyword(JsonNode keyword) {
        return new Keyword(text(keyword, "keyword_id"), text(keyword, "text"), LegacyValues.keywordType(text(keyword, "type")), null);
    }

    private static KeywordText keywordText(JsonNode keyword) {
        return KeywordText.of(keyword(keyword));
    }

    private static DownloadableSize downloadableSize(String imageId, JsonNode size) {
        Integer height = integer(size, "height");
        Integer width = integer(size, "width");
        Integer dpi = integer(size, "dpi");
        String name = text(size, "name");
        return new DownloadableSize(
                longValue(size, "bytes"),
                inches(height, dpi),
                inches(width, dpi),
                text(size, "media_type"),
                height,
                width,
                dpi,
                imageId == null || height == null ? null : new SizeKey(imageId, name, height).encode(),
                name);
    }

    private static Double inches(Integer pixels, Integer dpi) {
        return pixels == null || dpi == null || dpi <= 0 ? null : Math.round(pixels * 100.0 / dpi) / 100.0;
    }
}
