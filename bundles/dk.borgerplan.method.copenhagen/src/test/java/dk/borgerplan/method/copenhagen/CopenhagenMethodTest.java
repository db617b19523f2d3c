package dk.borgerplan.method.copenhagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;
import dk.borgerplan.method.Phase;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.SectionField;
import dk.borgerplan.method.Sheet;

class CopenhagenMethodTest {

    private final CopenhagenMethod method = new CopenhagenMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle without duplicates, @MethodId equal to id().
        MethodContract.verify(method);
    }

    @Test
    void isKnownByCopenhagensId() {
        assertEquals("copenhagen", method.id());
        assertEquals("Medborgerskabsfortællingen", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Forberedelse", "Afvikling", "Afrunding", "Opfølgning på botilbuddet"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }

    @Test
    void questionFramesInTheFiveThemesFourQuestionsEach() {
        Map<String, List<String>> frames = new LinkedHashMap<>();
        for (Sheet sheet : method.sheets()) {
            frames.computeIfAbsent(sheet.group().da(), theme -> new ArrayList<>()).add(sheet.id());
            assertEquals(4, sheet.prompts().size(), sheet.id());
            assertEquals(Phase.PREPARE, sheet.phase());
        }
        assertEquals(List.of("Kommunikation", "Sundhed", "Socialt liv", "Samfundslivet", "Min bolig"),
                List.copyOf(frames.keySet()));
        assertTrue(frames.values().stream().allMatch(list -> list.size() == 2), frames.toString());
    }

    @Test
    void planTheFreeTimeIsSeed003sFrameWordForWord() {
        Sheet frame = method.sheets().stream().filter(s -> s.id().equals("planlaeg-fritiden")).findFirst().orElseThrow();
        assertEquals("Planlæg fritiden", frame.title().da());
        assertEquals("Socialt liv", frame.group().da());
        assertEquals(List.of("Kan du godt lide, når din fritid er planlagt? Vil du fortælle hvorfor?",
                "Er det vigtigt for dig at få planlagt din fritid?",
                "Bruger du din fritid på praktiske ting? Og er det noget, du planlægger?",
                "Føler du, der er nogle ting, du skal nå, inden du kan nyde din fritid?"),
                frame.prompts().stream().map(p -> p.text().da()).toList());
    }

    @Test
    void theThreeProcessesAreGuides() {
        assertEquals(List.of("forberedelse:PREPARE", "afvikling:DRAFT", "afrunding:USE"),
                method.guides().stream().map(g -> g.id() + ":" + g.phase()).toList());
        method.guides().forEach(guide -> assertTrue(guide.items().size() >= 4 && guide.items().size() <= 7,
                guide.id() + " has " + guide.items().size() + " steps"));
    }

    @Test
    void borgerensPlanIsOnePlanAcrossTheAdministration() {
        PlanSection plan = method.section("borgerens-plan").orElseThrow();
        assertEquals(0, plan.maxEntries(), "as many units as take part");
        assertEquals(List.of("enhed", "type", "kontakt", "maal", "indsats"),
                plan.fields().stream().map(SectionField::id).toList());
        assertEquals(FieldKind.GOAL, plan.field("maal").orElseThrow().kind());
        assertEquals(List.of("myndighed", "tilbud", "jobcenter", "sundhed", "andet"),
                plan.field("type").orElseThrow().choices().stream().map(SectionField.Choice::id).toList());
        assertEquals(List.of("ffb-funktionsevne"), method.preferredScales());
    }

    @Test
    void theMunicipalityMayRewordItsContentInEtc(@TempDir Path home) throws Exception {
        String shipped;
        try (var in = CopenhagenMethod.class.getResourceAsStream(CopenhagenMethod.CONTENT)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path own = home.resolve(CopenhagenMethod.CONTENT_OVERRIDE);
        Files.createDirectories(own.getParent());
        Files.writeString(own, shipped.replace("\"Mit hjem\"", "\"Hvor jeg bor\""));
        assertTrue(new CopenhagenMethod(own).sheets().stream().anyMatch(s -> s.title().da().equals("Hvor jeg bor")));
        assertTrue(method.sheets().stream().noneMatch(s -> s.title().da().equals("Hvor jeg bor")));
        MethodContract.verify(new CopenhagenMethod(own));
    }
}
