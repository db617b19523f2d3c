package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.icons.Icon;

/**
 * The basic pack lives next door and has no code to test it; checking it here keeps it loadable. Reads the sibling
 * module's sources, which are always part of this repository: their absence is a failure, not a reason to skip.
 */
class ShippedPackTest {

    private static final Path BASIC = Path.of("../dk.borgerplan.icons.basic/src/main/resources");

    @Test
    void theBasicPackPassesValidationAndCoversThePlanFields() throws Exception {
        assertTrue(Files.isDirectory(BASIC), "dk.borgerplan.icons.basic must be beside this module");
        PackSource source = new PackSource(1, "dk.borgerplan.icons.basic", "1.0.0", "icons", null, (path, max) -> {
            Path file = BASIC.resolve(path);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(max + 1);
            }
        });

        LoadedPack pack = PackReader.read(source);

        assertEquals("CC BY 4.0", pack.info().licence());
        assertEquals("Borgerplan", pack.info().attribution());
        assertEquals(List.of("employment.work", "prep.can-do", "prep.dreams", "prep.interests", "prep.wish-to-manage",
                "resource.smiley", "theme.egenomsorg", "theme.kommunikation", "theme.mobilitet",
                "theme.praktiske-opgaver", "theme.relationer", "theme.samfundsliv"),
                CatalogState.EMPTY.install(pack).icons().stream().map(Icon::conceptId).toList());
        for (LoadedIcon icon : pack.icons()) {
            String svg = new String(icon.bytes(), StandardCharsets.UTF_8);
            assertTrue(svg.contains("viewBox=\"0 0 64 64\"") && svg.contains("<title>"), icon.icon().conceptId());
            assertTrue(icon.icon().label().en() != null, icon.icon().conceptId() + " has no English label");
        }
    }
}
