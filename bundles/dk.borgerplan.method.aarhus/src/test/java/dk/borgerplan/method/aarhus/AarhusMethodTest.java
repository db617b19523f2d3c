package dk.borgerplan.method.aarhus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.method.SectionField;
import dk.borgerplan.method.Sheet;

class AarhusMethodTest {

    private final AarhusMethod method = new AarhusMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle without duplicates, @MethodId equal to id().
        MethodContract.verify(method);
    }

    @Test
    void isKnownByAarhussId() {
        assertEquals("aarhus", method.id());
        assertEquals("Livsmester", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Øvebaner med medborgerguider", "Åben Dialog med borger og netværk", "Afprøvning med livsmestermidler", "Opfølgning i Åben Dialog"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }

    @Test
    void itsSheetsCanBeShownInPictogramsOnly() {
        assertEquals(List.of("mine-oensker", "min-hverdag"), method.sheets().stream().map(Sheet::id).toList());
        assertTrue(method.sheets().stream().allMatch(Sheet::pictograms), "every prompt has its pictogram (ASK)");
    }

    @Test
    void recordsTheNetworkMeetingThePeerGuidesAndTheCitizenBudget() {
        assertEquals(List.of("netvaerksdeltagere", "refleksionsrunder", "borgerens-ord", "medborgerguide",
                "livsmestermidler"), method.sections().stream().map(PlanSection::id).toList());
        PlanSection words = method.section("borgerens-ord").orElseThrow();
        assertEquals(FieldKind.WORDS_AS_SAID, words.field("ord").orElseThrow().kind());
        PlanSection ledger = method.section(CitizenBudgetLedger.SECTION).orElseThrow();
        assertEquals(List.of("dato", "art", "beloeb", "maal", "hvad", "godkendt-af", "godkendelse"),
                ledger.fields().stream().map(SectionField::id).toList());
        assertEquals(FieldKind.AMOUNT, ledger.field(CitizenBudgetLedger.AMOUNT).orElseThrow().kind());
        assertEquals(FieldKind.GOAL, ledger.field(CitizenBudgetLedger.GOAL).orElseThrow().kind());
        assertEquals(List.of(CitizenBudgetLedger.GRANT, CitizenBudgetLedger.SPENDING),
                ledger.field(CitizenBudgetLedger.KIND).orElseThrow().choices().stream().map(SectionField.Choice::id)
                        .toList());
        assertEquals(List.of("fko"), method.preferredScales());
    }

    @Test
    void theLedgerRuleAppliesToTheLedgerOnly() {
        List<SectionEntry> overspent = List.of(new SectionEntry(Map.of("art", "forbrug", "beloeb", "5.00",
                "maal", "g1")));
        assertEquals(1, method.check(CitizenBudgetLedger.SECTION, overspent).size());
        assertTrue(method.check("borgerens-ord", overspent).isEmpty());
        assertEquals("-5.00", method.summarize(CitizenBudgetLedger.SECTION, overspent).get(3).value());
        assertTrue(method.summarize("borgerens-ord", overspent).isEmpty());
    }

    @Test
    void theMunicipalityMayRewordItsContentInEtc(@TempDir Path home) throws Exception {
        String shipped;
        try (var in = AarhusMethod.class.getResourceAsStream(AarhusMethod.CONTENT)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path own = home.resolve(AarhusMethod.CONTENT_OVERRIDE);
        Files.createDirectories(own.getParent());
        Files.writeString(own, shipped.replace("\"Det drømmer jeg om\"", "\"Mine drømme\""));
        AarhusMethod reworded = new AarhusMethod(own);
        assertEquals("Mine drømme", reworded.sheets().get(0).prompts().get(1).text().da());
        assertEquals("Det drømmer jeg om", method.sheets().get(0).prompts().get(1).text().da());
    }
}
