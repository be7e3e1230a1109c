package org.doorstep.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Date-times with offsets through {@link IsoTimes}: the same text both ways as Jackson's Java time module
 * with the protocol's settings, faster. Anything outside the common shape goes to that module unchanged.
 */
final class OffsetDateTimeJson {
    private OffsetDateTimeJson() {
    }

    static SimpleModule module() {
        return new SimpleModule("doorstep-offset-date-time")
                .addSerializer(OffsetDateTime.class, new Writer())
                .addDeserializer(OffsetDateTime.class, new Reader());
    }

    private static final class Writer extends StdScalarSerializer<OffsetDateTime> {
        Writer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(IsoTimes.format(value));
        }
    }

    private static final class Reader extends StdScalarDeserializer<OffsetDateTime> {
        Reader() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                OffsetDateTime common = IsoTimes.parseCommon(parser.getText());
                if (common != null) {
                    return common;
                }
            }
            return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
        }
    }
}
