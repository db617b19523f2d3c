package dk.borgerplan.themes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A broken theme file is refused with the reason, and a broken shipped file stops the catalogue with its name. */
class ThemeReaderTest {

    private static final String SHIPPED = "themes/";

    private static String version(String themes) {
        return """
                {"system":"urn:example:themes","version":"1","name":{"da":"Eksempel"},"themes":[%s]}
                """.formatted(themes);
    }

    static Stream<Arguments> brokenVersions() {
        return Stream.of(
                Arguments.of(version("""
                        {"code":"a","label":{"da":"A"},"scored":true},{"code":"a","label":{"da":"B"},"scored":true}"""),
                        "code a twice"),
                Arguments.of(version("""
                        {"code":"a","label":{"da":"A"},"scored":true},
                        {"code":"b","label":{"da":"B"},"parent":"x","scored":true}"""),
                        "parent x of b does not exist"),
                Arguments.of(version("""
                        {"code":"a","label":{"en":"A"},"scored":true}"""),
                        "label of a has no Danish text"),
                Arguments.of(version("""
                        {"code":"a","label":{"da":"A"},"parent":"b","scored":true},
                        {"code":"b","label":{"da":"B"},"parent":"a","scored":true}"""),
                        "the parents of a go round in a circle"),
                Arguments.of(version("""
                        {"code":"a","label":{"da":"A"}}"""),
                        "scored of a is missing"),
                Arguments.of(version("""
                        {"code":"a","label":{"da":"A"},"scored":true,"icon":"Theme Egenomsorg"}"""),
                        "icon of a is not an id"),
                Arguments.of("""
                        {"version":"1","name":{"da":"Eksempel"},"themes":[{"code":"a","label":{"da":"A"},"scored":true}]}""",
                        "system is missing or has spaces"));
    }

    @ParameterizedTest
    @MethodSource("brokenVersions")
    void aBrokenVersionIsRefusedWithItsReason(String json, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThemeReader.readVersion(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void aBrokenCrosswalkIsRefusedWithItsReason() {
        String twice = """
                {"from":{"system":"a","version":"1"},"to":{"system":"b","version":"1"},
                 "mappings":[{"from":"x","to":["y"]},{"from":"x","to":["z"]}]}""";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThemeReader.readCrosswalk(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8))));
        assertEquals("mapping of x twice", e.getMessage());
    }

    @Test
    void aBrokenShippedVersionStopsTheCatalogueAndNamesTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BundledThemeCatalog("/", List.of("broken/duplicate-code.json"), List.of()));
        assertEquals("Shipped theme file broken/duplicate-code.json is broken: code a twice", e.getMessage());
    }

    @Test
    void aCrosswalkToAThemeThatDoesNotExistStopsTheCatalogueAndNamesTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BundledThemeCatalog("/",
                        List.of(SHIPPED + "ffb-20240530.json", SHIPPED + "vum-1.0.json"),
                        List.of("broken/crosswalk-unknown-target.json")));
        assertEquals("Shipped theme file broken/crosswalk-unknown-target.json is broken: to code "
                + "00000000-0000-0000-0000-000000000000 is not in urn:oid:1.2.208.176.2.22 version 20240530",
                e.getMessage());
    }

    @Test
    void aCrosswalkFromAVersionThatIsNotLoadedOrTheSameVersionTwiceIsRefused() {
        IllegalStateException notLoaded = assertThrows(IllegalStateException.class,
                () -> new BundledThemeCatalog("/", List.of(SHIPPED + "ffb-20240530.json"),
                        List.of(SHIPPED + "crosswalk-vum-1.0-ffb-20240530.json")));
        assertEquals("Shipped theme file themes/crosswalk-vum-1.0-ffb-20240530.json is broken: "
                + "urn:borgerplan:vum version 1.0 is not loaded", notLoaded.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> new BundledThemeCatalog("/", List.of(SHIPPED + "vum-1.0.json", SHIPPED + "vum-1.0.json"),
                        List.of()));
        assertEquals("Shipped theme file themes/vum-1.0.json is broken: "
                + "urn:borgerplan:vum version 1.0 is already in the catalogue", twice.getMessage());
    }

    @Test
    void aMissingShippedFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BundledThemeCatalog("/", List.of("themes/gone.json"), List.of()));
        assertEquals("Shipped theme file themes/gone.json is missing from the bundle", e.getMessage());
    }
}
