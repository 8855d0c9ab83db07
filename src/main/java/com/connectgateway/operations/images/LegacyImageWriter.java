package com.connectgateway.operations.images;

import com.connectgateway.operations.images.LegacyImageParts.DownloadableSize;
import com.connectgateway.operations.images.LegacyImageParts.Keyword;
import com.connectgateway.operations.images.LegacyImageParts.KeywordText;
import com.connectgateway.operations.images.LegacyImageParts.ReferralDestination;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyDateSerializer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;

/**
 * Writes the members of a legacy image entry straight to the generator, in the legacy names and
 * order (that of the records' components), for {@link SearchImageSerializer} and
 * {@link DetailImageSerializer}. Jackson's {@code @JsonUnwrapped} serializer, which these replace,
 * buffered and re-dispatched every member of every image (issue 11). Null is written as JSON null
 * and nothing is left out, as the default serializers did with the gateway's ObjectMapper
 * (no inclusion rule configured); LegacyImageBytesTest pins the bytes.
 */
final class LegacyImageWriter {

    private LegacyImageWriter() {
    }

    /** Member names encoded once: the generator copies their bytes. */
    static SerializableString name(String name) {
        return new SerializedString(name);
    }

    private static final SerializableString APPLICABLE_PRODUCT_OFFERINGS = name("ApplicableProductOfferings");
    private static final SerializableString ARTIST = name("Artist");
    private static final SerializableString CAPTION = name("Caption");
    private static final SerializableString COLLECTION_ID = name("CollectionId");
    private static final SerializableString COLLECTION_NAME = name("CollectionName");
    private static final SerializableString COLOR_TYPE = name("ColorType");
    private static final SerializableString COPYRIGHT = name("Copyright");
    private static final SerializableString DATE_CREATED = name("DateCreated");
    private static final SerializableString DATE_SUBMITTED = name("DateSubmitted");
    private static final SerializableString EDITORIAL_SEGMENTS = name("EditorialSegments");
    private static final SerializableString EDITORIAL_SOURCE_ID = name("EditorialSourceId");
    private static final SerializableString EDITORIAL_SOURCE_NAME = name("EditorialSourceName");
    private static final SerializableString EVENT_IDS = name("EventIds");
    private static final SerializableString GRAPHIC_STYLE = name("GraphicStyle");
    private static final SerializableString IMAGE_FAMILY = name("ImageFamily");
    private static final SerializableString IMAGE_ID = name("ImageId");
    private static final SerializableString LICENSING_MODEL = name("LicensingModel");
    private static final SerializableString QUALITY_RANK = name("QualityRank");
    private static final SerializableString REFERRAL_DESTINATIONS = name("ReferralDestinations");
    private static final SerializableString RELEASE_MESSAGE = name("ReleaseMessage");
    private static final SerializableString RESTRICTIONS = name("Restrictions");
    private static final SerializableString TITLE = name("Title");
    private static final SerializableString URL_COMP = name("UrlComp");
    private static final SerializableString URL_PREVIEW = name("UrlPreview");
    private static final SerializableString URL_THUMB = name("UrlThumb");
    private static final SerializableString URL_WATERMARK_COMP = name("UrlWatermarkComp");
    private static final SerializableString URL_WATERMARK_PREVIEW = name("UrlWatermarkPreview");

    private static final SerializableString SITE_NAME = name("SiteName");
    private static final SerializableString URL = name("Url");
    private static final SerializableString ID = name("Id");
    private static final SerializableString TEXT = name("Text");
    private static final SerializableString TYPE = name("Type");
    private static final SerializableString VISUAL_PROMINENCE = name("VisualProminence");
    private static final SerializableString FILE_SIZE_IN_BYTES = name("FileSizeInBytes");
    private static final SerializableString INCHES_HEIGHT = name("InchesHeight");
    private static final SerializableString INCHES_WIDTH = name("InchesWidth");
    private static final SerializableString MIME_TYPE = name("MimeType");
    private static final SerializableString PIXEL_HEIGHT = name("PixelHeight");
    private static final SerializableString PIXEL_WIDTH = name("PixelWidth");
    private static final SerializableString RESOLUTION_DPI = name("ResolutionDpi");
    private static final SerializableString SIZE_KEY = name("SizeKey");
    private static final SerializableString SIZE_NAME = name("SizeName");

    /** The {@link ImageSummary} members, which come first in both entries; a null summary writes none. */
    static void summary(ImageSummary s, JsonGenerator gen) throws IOException {
        if (s == null) {
            return; // as the unwrapping serializer did
        }
        strings(gen, APPLICABLE_PRODUCT_OFFERINGS, s.applicableProductOfferings());
        string(gen, ARTIST, s.artist());
        string(gen, CAPTION, s.caption());
        string(gen, COLLECTION_ID, s.collectionId());
        string(gen, COLLECTION_NAME, s.collectionName());
        string(gen, COLOR_TYPE, s.colorType());
        string(gen, COPYRIGHT, s.copyright());
        date(gen, DATE_CREATED, s.dateCreated());
        date(gen, DATE_SUBMITTED, s.dateSubmitted());
        strings(gen, EDITORIAL_SEGMENTS, s.editorialSegments());
        string(gen, EDITORIAL_SOURCE_ID, s.editorialSourceId());
        string(gen, EDITORIAL_SOURCE_NAME, s.editorialSourceName());
        longs(gen, EVENT_IDS, s.eventIds());
        string(gen, GRAPHIC_STYLE, s.graphicStyle());
        string(gen, IMAGE_FAMILY, s.imageFamily());
        string(gen, IMAGE_ID, s.imageId());
        string(gen, LICENSING_MODEL, s.licensingModel());
        number(gen, QUALITY_RANK, s.qualityRank());
        referralDestinations(gen, s.referralDestinations());
        string(gen, RELEASE_MESSAGE, s.releaseMessage());
        strings(gen, RESTRICTIONS, s.restrictions());
        string(gen, TITLE, s.title());
        string(gen, URL_COMP, s.urlComp());
        string(gen, URL_PREVIEW, s.urlPreview());
        string(gen, URL_THUMB, s.urlThumb());
        string(gen, URL_WATERMARK_COMP, s.urlWatermarkComp());
        string(gen, URL_WATERMARK_PREVIEW, s.urlWatermarkPreview());
    }

    static void string(JsonGenerator gen, SerializableString name, String value) throws IOException {
        gen.writeFieldName(name);
        gen.writeString(value); // null: JSON null
    }

    static void number(JsonGenerator gen, SerializableString name, Integer value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.intValue());
        }
    }

    static void number(JsonGenerator gen, SerializableString name, Long value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.longValue());
        }
    }

    private static void number(JsonGenerator gen, SerializableString name, Double value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.doubleValue());
        }
    }

    private static void date(JsonGenerator gen, SerializableString name, LegacyDate value) throws IOException {
        gen.writeFieldName(name);
        LegacyDateSerializer.write(value, gen);
    }

    static void strings(JsonGenerator gen, SerializableString name, List<String> values) throws IOException {
        gen.writeFieldName(name);
        if (values == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartArray();
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }

    private static void longs(JsonGenerator gen, SerializableString name, List<Long> values) throws IOException {
        gen.writeFieldName(name);
        if (values == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartArray();
        for (Long value : values) {
            if (value == null) {
                gen.writeNull();
            } else {
                gen.writeNumber(value.longValue());
            }
        }
        gen.writeEndArray();
    }

    private static void referralDestinations(JsonGenerator gen, List<ReferralDestination> values) throws IOException {
        objects(gen, REFERRAL_DESTINATIONS, values, (out, value) -> {
            string(out, SITE_NAME, value.siteName());
            string(out, URL, value.url());
        });
    }

    /** SearchForImages keywords: Id, Text, Type, VisualProminence. */
    static void keywords(JsonGenerator gen, SerializableString name, List<Keyword> values) throws IOException {
        objects(gen, name, values, (out, value) -> {
            string(out, ID, value.id());
            string(out, TEXT, value.text());
            string(out, TYPE, value.type());
            string(out, VISUAL_PROMINENCE, value.visualProminence());
        });
    }

    /** GetImageDetails keywords: Id, Text, Type. */
    static void keywordTexts(JsonGenerator gen, SerializableString name, List<KeywordText> values) throws IOException {
        objects(gen, name, values, (out, value) -> {
            string(out, ID, value.id());
            string(out, TEXT, value.text());
            string(out, TYPE, value.type());
        });
    }

    static void downloadableSizes(JsonGenerator gen, SerializableString name, List<DownloadableSize> values) throws IOException {
        objects(gen, name, values, (out, value) -> {
            number(out, FILE_SIZE_IN_BYTES, value.fileSizeInBytes());
            number(out, INCHES_HEIGHT, value.inchesHeight());
            number(out, INCHES_WIDTH, value.inchesWidth());
            string(out, MIME_TYPE, value.mimeType());
            number(out, PIXEL_HEIGHT, value.pixelHeight());
            number(out, PIXEL_WIDTH, value.pixelWidth());
            number(out, RESOLUTION_DPI, value.resolutionDpi());
            string(out, SIZE_KEY, value.sizeKey());
            string(out, SIZE_NAME, value.sizeName());
        });
    }

    /** The members of one list element, written inside its braces. */
    @FunctionalInterface
    private interface Members<T> {
        void write(JsonGenerator gen, T value) throws IOException;
    }

    /** A list of objects as the former serializer wrote it: null list and null elements as JSON null. */
    private static <T> void objects(JsonGenerator gen, SerializableString name, List<T> values, Members<T> members)
            throws IOException {
        gen.writeFieldName(name);
        if (values == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartArray();
        for (T value : values) {
            if (value == null) {
                gen.writeNull();
                continue;
            }
            gen.writeStartObject();
            members.write(gen, value);
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }
}
