package com.connectgateway.operations.images;

import static com.connectgateway.operations.images.LegacyImageWriter.name;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;

/** A GetImageDetails image entry: the summary members, then its own (see {@link LegacyImageWriter}). */
@RegisterForReflection
public class DetailImageSerializer extends StdSerializer<DetailImage> {

    private static final SerializableString ARTIST_TITLE = name("ArtistTitle");
    private static final SerializableString CITY = name("City");
    private static final SerializableString COUNTRY = name("Country");
    private static final SerializableString CREDIT_LINE = name("CreditLine");
    private static final SerializableString EVENT_ID = name("EventId");
    private static final SerializableString KEYWORDS = name("Keywords");
    private static final SerializableString SIZES_DOWNLOADABLE_IMAGES = name("SizesDownloadableImages");
    private static final SerializableString STATE_PROVINCE = name("StateProvince");
    private static final SerializableString URL_HI_RES_COMP = name("UrlHiResComp");
    private static final SerializableString URL_WATERMARK_HI_RES_COMP = name("UrlWatermarkHiResComp");

    public DetailImageSerializer() {
        super(DetailImage.class);
    }

    @Override
    public void serialize(DetailImage image, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(image);
        LegacyImageWriter.summary(image.summary(), gen);
        LegacyImageWriter.string(gen, ARTIST_TITLE, image.artistTitle());
        LegacyImageWriter.string(gen, CITY, image.city());
        LegacyImageWriter.string(gen, COUNTRY, image.country());
        LegacyImageWriter.string(gen, CREDIT_LINE, image.creditLine());
        LegacyImageWriter.number(gen, EVENT_ID, image.eventId());
        LegacyImageWriter.keywordTexts(gen, KEYWORDS, image.keywords());
        LegacyImageWriter.downloadableSizes(gen, SIZES_DOWNLOADABLE_IMAGES, image.sizesDownloadableImages());
        LegacyImageWriter.string(gen, STATE_PROVINCE, image.stateProvince());
        LegacyImageWriter.string(gen, URL_HI_RES_COMP, image.urlHiResComp());
        LegacyImageWriter.string(gen, URL_WATERMARK_HI_RES_COMP, image.urlWatermarkHiResComp());
        gen.writeEndObject();
    }
}
