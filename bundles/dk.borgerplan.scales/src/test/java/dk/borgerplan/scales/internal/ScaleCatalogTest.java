package dk.borgerplan.scales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScoreCheck;

class ScaleCatalogTest {

    private final BundledScaleCatalog catalog = new BundledScaleCatalog();

    @Test
    void theFkoScaleIsTheFirstEntryAndRunsFromNoToTotalLimitation() {
        Scale fko = catalog.find("fko").orElseThrow();
        assertEquals("1", fko.version());
        assertEquals(Direction.LOWER_IS_BETTER, fko.direction());
        assertEquals("0–4", fko.range());
        assertEquals("Ingen/ubetydelige begrænsninger", fko.level(0).orElseThrow().label().in(Locale.ROOT));
        assertEquals("Totale begrænsninger", fko.level(4).orElseThrow().label().in(Locale.ROOT));
        assertEquals("Jeg har brug for noget hjælp", fko.level(2).orElseThrow().easyRead().in(Locale.ROOT));
        assertEquals("Moderate limitations", fko.level(2).orElseThrow().label().in(Locale.ENGLISH));
    }

    @Test
    void everyShippedScaleHasFiveLevelsWithDanishAndEnglishWords() {
        assertEquals(3, catalog.scales().size());
        for (Scale scale : catalog.scales()) {
            assertEquals(5, scale.levels().size(), scale.id());
            scale.levels().forEach(level -> {
                assertFalse(level.label().en() == null || level.label().en().isBlank(), scale.id());
                assertFalse(level.easyRead().en() == null || level.easyRead().en().isBlank(), scale.id());
            });
        }
    }

    @Test
    void aScoreOnTheScaleIsValidAndOneOffItIsNot() {
        assertTrue(catalog.check("fko", "1", 3).valid());
        assertTrue(catalog.check("fko", null, 0).valid());
        ScoreCheck five = catalog.check("fko", "1", 5);
        assertFalse(five.valid());
        assertFalse(five.unknownScale());
        ScoreCheck minus = catalog.check("fko", "1", -1);
        assertFalse(minus.valid());
    }

    @Test
    void anUnknownScaleOrVersionIsReportedAsSuch() {
        assertTrue(catalog.check("gas", null, 0).unknownScale());
        assertTrue(catalog.check("fko", "99", 0).unknownScale());
    }

    @Test
    void directionTellsWhichWayIsBetter() {
        assertEquals(2, Direction.LOWER_IS_BETTER.improvement(3, 1));
        assertEquals(-2, Direction.HIGHER_IS_BETTER.improvement(3, 1));
        assertEquals(0, Direction.LOWER_IS_BETTER.improvement(2, 2));
    }

    @Test
    void aBrokenScaleDescriptionIsRefusedWithItsReason() {
        String twice = """
                {"id":"x","version":"1","name":{"da":"X"},"direction":"LOWER_IS_BETTER","levels":[
                 {"value":0,"label":{"da":"a"},"easyRead":{"da":"a"}},
                 {"value":0,"label":{"da":"b"},"easyRead":{"da":"b"}}]}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScaleReader.read(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8))));
        assertEquals("value 0 twice", e.getMessage());
        String noDanish = """
                {"id":"x","version":"1","name":{"en":"X"},"direction":"LOWER_IS_BETTER","levels":[
                 {"value":0,"label":{"da":"a"},"easyRead":{"da":"a"}}]}
                """;
        assertThrows(IllegalArgumentException.class,
                () -> ScaleReader.read(new ByteArrayInputStream(noDanish.getBytes(StandardCharsets.UTF_8))));
    }
}
