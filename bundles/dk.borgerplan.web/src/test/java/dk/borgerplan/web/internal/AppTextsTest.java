package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The browser application's texts: every module exists in Danish and English with the same keys and no empty text,
 * and every {@code t('module.key')} the code names exists.
 */
class AppTextsTest {

    private static final Path APP = Path.of("src/main/resources/app");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** t('module.key' …): a literal key as the pages write it. */
    private static final Pattern USE = Pattern.compile("\\bt\\('([a-z][a-zA-Z-]*)\\.([a-zA-Z0-9]+)'");

    @Test
    void everyModuleHasTheSameKeysInDanishAndEnglish() throws IOException {
        Set<String> modules = modules("da");
        assertFalse(modules.isEmpty());
        assertEquals(modules, modules("en"), "the same text modules in both languages");
        for (String module : modules) {
            JsonNode danish = read("da", module);
            JsonNode english = read("en", module);
            assertEquals(keys(danish), keys(english), module + ": the same keys");
            for (JsonNode texts : List.of(danish, english)) {
                texts.fields().forEachRemaining(entry -> assertTrue(entry.getValue().isTextual()
                        && !entry.getValue().asText().isBlank(), module + "." + entry.getKey() + " is a text"));
            }
        }
    }

    @Test
    void everyTextTheCodeNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher use = USE.matcher(Files.readString(file));
                while (use.find()) {
                    Path texts = APP.resolve("texts/da/" + use.group(1) + ".json");
                    if (!Files.exists(texts) || !JSON.readTree(texts.toFile()).has(use.group(2))) {
                        missing.add(APP.relativize(file) + ": " + use.group(1) + "." + use.group(2));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void htmlNamesOnlyTextsThatExist() throws IOException {
        Matcher use = Pattern.compile("data-t(?:-label)?=\"([a-z]+)\\.([a-zA-Z]+)\"")
                .matcher(Files.readString(APP.resolve("index.html")));
        int found = 0;
        while (use.find()) {
            found++;
            assertTrue(read("da", use.group(1)).has(use.group(2)), use.group());
        }
        assertTrue(found > 0);
    }

    private static Set<String> modules(String language) throws IOException {
        try (Stream<Path> files = Files.list(APP.resolve("texts").resolve(language))) {
            Set<String> names = new TreeSet<>();
            files.forEach(f -> names.add(f.getFileName().toString().replace(".json", "")));
            return names;
        }
    }

    private static JsonNode read(String language, String module) throws IOException {
        return JSON.readTree(APP.resolve("texts").resolve(language).resolve(module + ".json").toFile());
    }

    private static Set<String> keys(JsonNode texts) {
        Set<String> keys = new TreeSet<>();
        texts.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
