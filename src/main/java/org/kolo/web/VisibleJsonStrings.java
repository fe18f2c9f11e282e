package org.kolo.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string in a JSON body Kolo reads must be {@link VisibleText}: PostgreSQL cannot store a NUL, and a bidi
 * override in a title shows staff something other than what is saved. The refusal names the field (400).
 */
@Singleton
public class VisibleJsonStrings implements ObjectMapperCustomizer {

    /** The refusal, told apart from other wrong values so that the answer can say what is wrong. */
    public static final class HiddenCharacters extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        HiddenCharacters(JsonParser parser) {
            super(parser, "invisible or control characters in a string", null, String.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("kolo-visible-strings").addDeserializer(String.class, new Visible()));
    }

    private static final class Visible extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !VisibleText.isVisible(value)) {
                throw new HiddenCharacters(parser);
            }
            return value;
        }
    }
}
