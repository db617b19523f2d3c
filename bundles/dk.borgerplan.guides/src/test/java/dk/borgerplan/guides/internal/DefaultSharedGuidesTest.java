package dk.borgerplan.guides.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.guides.SharedGuides;
import dk.borgerplan.method.Guide;
import dk.borgerplan.method.GuideItem;
import dk.borgerplan.method.Phase;

class DefaultSharedGuidesTest {

    @TempDir
    Path home;

    private static final String ONE_GUIDE = """
            {"guides": [{"id": "mi", "phase": "DRAFT", "title": {"da": "Samtalen i Testby", "en": "The conversation"},
              "about": {"da": "Testbys egne ord.", "en": "Testby's own words."},
              "items": [{"id": "open", "name": {"da": "Åbne spørgsmål", "en": "Open questions"},
                         "what": {"da": "Spørg åbent.", "en": "Ask openly."}}]}]}
            """;

    @Test
    void theShippedGuidesAreMotivationalInterviewingChangeTalkAndSmart() {
        List<Guide> guides = new DefaultSharedGuides(home.resolve("etc/guides/shared.json")).guides();
        assertEquals(List.of(SharedGuides.MI, SharedGuides.CHANGE_TALK, SharedGuides.SMART),
                guides.stream().map(Guide::id).toList());
        Guide mi = guides.get(0);
        assertEquals(List.of("open", "affirm", "reflect", "summarise"), ids(mi));
        assertTrue(mi.items().stream().allMatch(item -> item.examples().size() == 3));
        Guide changeTalk = guides.get(1);
        assertEquals(List.of("desire", "ability", "reasons", "need", "status-quo"), ids(changeTalk));
        // Seed 001's worked example: the citizen with an unhelpful daily rhythm.
        assertTrue(changeTalk.items().get(0).examples().get(0).da().contains("gå i seng kl. 22"));
        assertTrue(changeTalk.items().get(4).examples().get(0).da().contains("TV2 Øst"));
        Guide smart = guides.get(2);
        assertEquals(List.of("specific", "measurable", "accepted", "realistic", "time-bound"), ids(smart));
        assertEquals("Hvad er det helt præcist, at borgeren vil opnå?", smart.items().get(0).what().da());
        assertTrue(guides.stream().allMatch(g -> g.isFor(Phase.DRAFT)));
    }

    @Test
    void aMunicipalitysOwnCopyInEtcIsUsedAndReadAgainWhenItChanges() throws Exception {
        Path copy = home.resolve("etc/guides/shared.json");
        DefaultSharedGuides guides = new DefaultSharedGuides(copy);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, ONE_GUIDE);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2026-11-01T10:00:00Z")));
        assertEquals("Samtalen i Testby", guides.guides().get(0).title().da());
        assertEquals(1, guides.guides().size());

        // A broken edit: the shipped guides are served, not an error, not nothing.
        Files.writeString(copy, ONE_GUIDE.replace("\"da\": \"Spørg åbent.\", ", ""));
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2026-11-02T10:00:00Z")));
        assertEquals(3, guides.guides().size());

        Files.writeString(copy, ONE_GUIDE.replace("Testby", "Prøveby"));
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2026-11-03T10:00:00Z")));
        assertEquals("Samtalen i Prøveby", guides.guides().get(0).title().da());

        Files.delete(copy);
        assertEquals(3, guides.guides().size());
    }

    @Test
    void aFileWithProblemsIsRefusedNamingEachOfThem() {
        String broken = """
                {"guides": [
                  {"id": "mi", "phase": "SOMETIME", "title": {"da": "T", "en": "T"}, "about": {"da": "A", "en": "A"},
                   "items": [{"id": "x", "name": {"da": "N", "en": "N"}, "what": {"da": "W", "en": "W"}}]},
                  {"id": "smart", "title": {"en": "Only English"}, "about": {"da": "A", "en": "A"}, "items": []},
                  {"id": "ok", "title": {"da": "T", "en": "T"}, "about": {"da": "A"}, "items": [
                    {"id": "a", "name": {"da": "N", "en": "N"}, "what": {"da": "W", "en": "W"}}]}]}
                """;
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ContentFile.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))).guides());
        String problems = refused.getMessage();
        assertTrue(problems.contains("guides[0]") && problems.contains("SOMETIME"), problems);
        assertTrue(problems.contains("guides[1]: guides[1].title needs a Danish text"), problems);
        assertTrue(problems.contains("guide 'ok' about 'A' has no English wording"), problems);
        assertFalse(problems.contains("guides[2]:"), problems);
        assertThrows(IllegalArgumentException.class,
                () -> ContentFile.read(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8))).guides());
    }

    private static List<String> ids(Guide guide) {
        return guide.items().stream().map(GuideItem::id).toList();
    }
}
