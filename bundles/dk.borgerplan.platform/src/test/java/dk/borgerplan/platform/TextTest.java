package dk.borgerplan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void danishIsTheDefaultAndEnglishIsAvailable() {
        Text text = Text.of("Formål", "Purpose");
        assertEquals("Formål", text.in(Locale.forLanguageTag("da")));
        assertEquals("Formål", text.in(Locale.GERMAN));
        assertEquals("Purpose", text.in(Locale.ENGLISH));
    }

    @Test
    void aMissingTranslationFallsBackToDanish() {
        assertEquals("Måltrappen", Text.of("Måltrappen", null).in(Locale.ENGLISH));
    }

    @Test
    void danishIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> Text.of(" ", "Purpose"));
    }
}
