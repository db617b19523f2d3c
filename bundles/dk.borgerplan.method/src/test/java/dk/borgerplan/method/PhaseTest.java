package dk.borgerplan.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.platform.Text;

class PhaseTest {

    @Test
    void thePhasesAreTheBookletsFourInTheOrderOfTheCycle() {
        assertEquals(List.of(Phase.PREPARE, Phase.DRAFT, Phase.USE, Phase.RENEW), List.of(Phase.values()));
        assertEquals(List.of("Forberedelse", "Udarbejdelse", "Anvendelse", "Fornyelse"),
                List.of(Phase.values()).stream().map(phase -> phase.label().da()).toList());
    }

    @Test
    void everyPhaseHasLabelAndDescriptionInBothLanguages() {
        for (Phase phase : Phase.values()) {
            assertComplete(phase + " label", phase.label());
            assertComplete(phase + " description", phase.description());
        }
    }

    @Test
    void labelsAreDistinctInEachLanguage() {
        for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
            assertEquals(Phase.values().length,
                    List.of(Phase.values()).stream().map(phase -> phase.label().in(locale)).distinct().count(),
                    "labels in " + locale);
        }
    }

    private static void assertComplete(String what, Text text) {
        assertNotNull(text, what);
        assertFalse(text.da().isBlank(), what + " in Danish");
        assertNotNull(text.en(), what + " in English");
        assertFalse(text.en().isBlank(), what + " in English");
    }
}
