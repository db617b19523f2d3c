package dk.borgerplan.scales.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleLevel;

/** Reads one scale from its JSON description (see {@code scales/*.json} in this bundle). */
final class ScaleReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record LevelJson(Integer value, Map<String, String> label, Map<String, String> easyRead, String pictogram) {
    }

    record ScaleJson(String id, String version, Map<String, String> name, Direction direction, String source,
            List<LevelJson> levels) {
    }

    private ScaleReader() {
    }

    static Scale read(InputStream in) throws IOException {
        ScaleJson json = JSON.readValue(in, ScaleJson.class);
        require(json.id() != null && json.id().matches("[a-z0-9-]+"), "id must be lower case letters, digits, '-'");
        require(json.version() != null && !json.version().isBlank(), "version is missing");
        require(json.direction() != null, "direction is missing");
        require(json.levels() != null && !json.levels().isEmpty(), "levels are missing");
        List<ScaleLevel> levels = new ArrayList<>();
        for (LevelJson level : json.levels()) {
            require(level.value() != null, "a level has no value");
            require(levels.stream().noneMatch(l -> l.value() == level.value()), "value " + level.value() + " twice");
            levels.add(new ScaleLevel(level.value(), text(level.label(), "label of " + level.value()),
                    text(level.easyRead(), "easyRead of " + level.value()), level.pictogram()));
        }
        return new Scale(json.id(), json.version(), text(json.name(), "name"), json.direction(), json.source(),
                levels);
    }

    private static Text text(Map<String, String> texts, String what) {
        require(texts != null && texts.get("da") != null && !texts.get("da").isBlank(), what + " has no Danish text");
        return Text.of(texts.get("da"), texts.get("en"));
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
