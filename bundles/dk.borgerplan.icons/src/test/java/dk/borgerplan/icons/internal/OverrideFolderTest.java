package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverrideFolderTest {

    @TempDir
    Path folder;

    private final OverrideFolder overrides = new OverrideFolder();
    private final Set<String> known = Set.of("theme.egenomsorg", "theme.mobilitet");

    private Map<String, OverrideFile> scan() {
        return overrides.scan(folder, concept -> !known.contains(concept));
    }

    @Test
    void validFilesOverrideTheirConcept() throws IOException {
        Files.writeString(folder.resolve("theme.egenomsorg.svg"), TestPack.SQUARE);
        Files.write(folder.resolve("theme.mobilitet.png"), TestPack.PNG);

        Map<String, OverrideFile> files = scan();

        assertEquals(Set.of("theme.egenomsorg", "theme.mobilitet"), files.keySet());
        assertEquals(PackReader.PNG, files.get("theme.mobilitet").mediaType());
        assertArrayEquals(TestPack.SQUARE.getBytes(), files.get("theme.egenomsorg").bytes());
    }

    @Test
    void badFilesAreRefusedAndTheRestServed() throws IOException {
        Files.writeString(folder.resolve("theme.egenomsorg.svg"), "<svg><script>alert(1)</script></svg>");
        Files.writeString(folder.resolve("theme.mobilitet.png"), TestPack.SQUARE); // an SVG named .png
        Files.writeString(folder.resolve("prep.unknown.svg"), TestPack.SQUARE); // no pack has the concept
        Files.writeString(folder.resolve("README.txt"), "not a picture");
        Files.writeString(folder.resolve("Theme.Egenomsorg.svg"), TestPack.SQUARE); // not a concept id
        Files.write(folder.resolve("theme.large.svg"), new byte[PackReader.MAX_ICON_BYTES + 1]);
        Files.writeString(folder.resolve(".theme.mobilitet.svg.swp"), "editor");

        assertEquals(Map.of(), scan());
        assertEquals(Map.of(), scan()); // and a second look warns no more (one WARN line per file version)
    }

    @Test
    void aChangedFileIsReadAgainAndADeletedOneGoes() throws IOException {
        Path file = folder.resolve("theme.egenomsorg.svg");
        Files.writeString(file, TestPack.SQUARE);
        String first = scan().get("theme.egenomsorg").etag();

        Files.writeString(file, TestPack.CIRCLE);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        String second = scan().get("theme.egenomsorg").etag();
        Files.delete(file);

        assertTrue(!first.equals(second));
        assertEquals(Map.of(), scan());
    }

    @Test
    void anAbsentFolderHasNoOverrides() {
        assertEquals(Map.of(), overrides.scan(folder.resolve("missing"), concept -> false));
    }
}
