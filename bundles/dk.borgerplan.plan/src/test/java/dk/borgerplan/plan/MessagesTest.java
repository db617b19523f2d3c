package dk.borgerplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every message in both languages formats cleanly: no placeholder left unfilled, and no apostrophe lost (in
 * MessageFormat a single apostrophe starts a quote and vanishes; one is written as two).
 */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dk/borgerplan/plan/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageFormatsWithItsApostrophesAndArguments() throws IOException {
        List<Object> arguments = List.of(1, 2, 3, 4);
        for (String file : List.of("violations.properties", "violations_en.properties")) {
            Locale locale = file.contains("_en") ? Locale.ENGLISH : Locale.ROOT;
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String raw = messages.getProperty(key);
                String formatted = Messages.format(key, arguments, locale);
                assertFalse(formatted.contains("{"), file + " " + key + ": " + formatted);
                long apostrophes = raw.replace("''", "'").chars().filter(c -> c == '\'').count();
                assertEquals(apostrophes, formatted.chars().filter(c -> c == '\'').count(), file + " " + key);
            }
        }
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        assertEquals("Må højst være 2.000 tegn", Messages.format("tooLong", List.of(2000), Locale.ROOT));
        assertEquals("May be at most 2,000 characters", Messages.format("tooLong", List.of(2000), Locale.ENGLISH));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("violations.properties").stringPropertyNames(),
                load("violations_en.properties").stringPropertyNames());
    }
}
