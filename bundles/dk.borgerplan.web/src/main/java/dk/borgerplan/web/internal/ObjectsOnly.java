package dk.borgerplan.web.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * An object of the API is read from a JSON object only. Jackson would otherwise hand a bare text or number to a
 * one-argument constructor (NewCitizen(String name) exists for code), so that a body of just {@code "010170-1234"}
 * registered a citizen by that name; coercion settings do not reach those constructors, so this guards them.
 */
final class ObjectsOnly extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    ObjectsOnly(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new ObjectsOnly(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return context.handleUnexpectedToken(handledType(), parser);
        }
        return super.deserialize(parser, context);
    }

    /** Wraps the deserializer of every bean and record. */
    static final class Modifier extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return deserializer instanceof BeanDeserializerBase ? new ObjectsOnly(deserializer) : deserializer;
        }
    }
}
