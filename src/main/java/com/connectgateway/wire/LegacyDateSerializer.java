package com.connectgateway.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;

/** Writes {@link LegacyDate} raw so the escaped solidus reaches the client byte for byte. */
@RegisterForReflection
public class LegacyDateSerializer extends StdSerializer<LegacyDate> {

    public LegacyDateSerializer() {
        super(LegacyDate.class);
    }

    @Override
    public void serialize(LegacyDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    /** For serializers that write a date member themselves; null is JSON null. */
    public static void write(LegacyDate value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeRawValue(value.toQuotedWire());
        }
    }
}
