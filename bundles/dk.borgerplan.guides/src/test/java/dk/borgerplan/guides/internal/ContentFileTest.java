package dk.borgerplan.guides.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.MethodContent;
import dk.borgerplan.method.Phase;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.Sheet;

class ContentFileTest {

    private static MethodContent read(String json) throws IOException {
        return ContentFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsSheetsCardDecksAndSections() throws IOException {
        MethodContent content = read("""
                {"sheets": [{"id": "fritid", "phase": "PREPARE", "group": {"da": "Socialt liv", "en": "Social life"},
                   "title": {"da": "Planlæg fritiden", "en": "Plan your free time"}, "about": {"da": "Om.", "en": "About."},
                   "prompts": [{"id": "q1", "text": {"da": "Kan du godt lide det?", "en": "Do you like it?"}, "icon": "interest.sport"}]}],
                 "cardDecks": [{"id": "styrker", "title": {"da": "Styrker", "en": "Strengths"}, "about": {"da": "Om.", "en": "About."},
                   "cards": [{"id": "mod", "caption": {"da": "Mod", "en": "Courage"}}]}],
                 "sections": [{"id": "budget", "phase": "USE", "title": {"da": "Budget", "en": "Budget"}, "about": {"da": "Om.", "en": "About."},
                   "fields": [{"id": "kind", "label": {"da": "Art", "en": "Kind"}, "kind": "choice", "required": true,
                               "choices": [{"id": "grant", "label": {"da": "Bevilling", "en": "Grant"}}]},
                              {"id": "amount", "label": {"da": "Beløb", "en": "Amount"}, "kind": "AMOUNT"}]}]}
                """);
        assertEquals(List.of(), content.guides());
        Sheet sheet = content.sheets().get(0);
        assertEquals(Phase.PREPARE, sheet.phase());
        assertEquals("Socialt liv", sheet.group().da());
        assertTrue(sheet.pictograms());
        assertEquals("Courage", content.cardDecks().get(0).cards().get(0).caption().en());
        PlanSection section = content.sections().get(0);
        assertEquals(0, section.maxEntries());
        assertEquals(FieldKind.CHOICE, section.fields().get(0).kind());
        assertTrue(section.fields().get(0).required());
        assertEquals(false, section.fields().get(1).required());
    }

    @Test
    void aFileWithProblemsIsRefusedNamingEveryProblemByItsPlace() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> read("""
                {"sheet": [],
                 "cardDecks": {"id": "x"},
                 "sections": [{"id": "budget", "title": {"da": "Budget", "en": "Budget"}, "about": {"da": "Om.", "en": "About."},
                   "fields": [{"id": "amount", "label": {"da": "Beløb", "en": "Amount"}, "kind": "MONEY"}]},
                   {"id": "notes", "title": {"en": "Notes"}, "about": {"da": "Om.", "en": "About."}, "fields": []}]}
                """));
        String problems = refused.getMessage();
        for (String expected : List.of("'sheet' is not a part of a content file", "cardDecks must be a list",
                "sections[0].fields[0].kind 'MONEY' is not one of", "sections[1].title needs a Danish text")) {
            assertTrue(problems.contains(expected), "expected '" + expected + "' in " + problems);
        }
    }
}
