package com.connectgateway.operations.images;

import static com.connectgateway.operations.images.LegacyImageWriter.name;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;

/** A SearchForImages image entry: the summary members, then its own (see {@link LegacyImageWriter}). */
@RegisterForReflection
public class SearchImageSerializer extends StdSerializer<SearchImage> {

    private static final SerializableString AUTHORIZATION_CONSTRAINTS = name("AuthorizationConstraints");
    private static final SerializableString KEYWORDS = name("Keywords");
    private static final SerializableString ORIENTATIONS = name("Orientations");
    private static final SerializableString URL_EMBED = name("UrlEmbed");

    public SearchImageSerializer() {
        super(SearchImage.class);
    }

    @Override
    public void serialize(SearchImage image, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(image);
        LegacyImageWriter.summary(image.summary(), gen);
        LegacyImageWriter.strings(gen, AUTHORIZATION_CONSTRAINTS, image.authorizationConstraints());
        LegacyImageWriter.keywords(gen, KEYWORDS, image.keywords());
        LegacyImageWriter.strings(gen, ORIENTATIONS, image.orientations());
        LegacyImageWriter.string(gen, URL_EMBED, image.urlEmbed());
        gen.writeEndObject();
    }
}
