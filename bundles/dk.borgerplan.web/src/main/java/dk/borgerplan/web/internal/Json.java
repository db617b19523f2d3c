package dk.borgerplan.web.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration of the API: strict on input, ISO dates on output. */
final class Json {

    private Json() {
    }

    /** Deeper than any body of the API (a section's entries are four levels down); a hostile body is far deeper. */
    static final int MAX_NESTING_DEPTH = 16;
    /** Longer than any text a user writes (a sheet answer, a note), far shorter than the 1 MiB body limit. */
    static final int MAX_STRING_LENGTH = 100_000;
    /** Scores and amounts have a few digits; a number of thousands of digits is an attack on the parser. */
    static final int MAX_NUMBER_LENGTH = 40;

    static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH).build()).build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                // Modules are registered by hand: findAndRegisterModules() cannot see across bundles (trap 6).
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("objects-only").setDeserializerModifier(new ObjectsOnly.Modifier()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // A date is "2026-12-01", never a number read as days since 1970.
                .defaultLeniency(false)
                .build();
        // "3" is not a number and 3 is not a text: wrong types are errors, not guesses.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }
}
