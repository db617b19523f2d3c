package dk.borgerplan.method.aalborg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.method.CardDeck;
import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.Guide;
import dk.borgerplan.method.GuideItem;
import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;
import dk.borgerplan.method.Phase;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.SectionField;

class AalborgMethodTest {

    private final AalborgMethod method = new AalborgMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle, @MethodId equal to id(), the content file's parts.
        MethodContract.verify(method);
    }

    @Test
    void isKnownByAalborgsId() {
        assertEquals("aalborg", method.id());
        assertEquals("Drømmeværksted", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Forberedelse af drømmeværkstedet", "Drømmeværksted", "Handleplanen som dynamisk redskab", "Opfølgning side om side med VUM"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }

    @Test
    void theThreeWorkshopGuidesEachEndInSmartGoals() {
        List<Guide> workshop = method.guides().stream().filter(g -> g.phase() == Phase.DRAFT).toList();
        assertEquals(List.of("positionskort", "empowerment", "hvad-model"), workshop.stream().map(Guide::id).toList());
        for (Guide guide : workshop) {
            List<GuideItem> items = guide.items();
            assertEquals("smart-maal", items.get(items.size() - 1).id(), guide.id());
        }
        Guide preparing = method.guides().get(0);
        assertEquals(Phase.PREPARE, preparing.phase());
        assertTrue(preparing.items().stream().anyMatch(i -> i.id().equals("person-med")),
                "the citizen may bring a person along");
    }

    @Test
    void bringsTheCanvasAndPictureCardsFromPositivePsychology() {
        assertEquals("vaerkstedslaerred", method.sheets().get(0).id());
        assertTrue(method.sheets().get(0).pictograms());
        CardDeck deck = method.cardDecks().get(0);
        assertEquals("positiv-psykologi", deck.id());
        assertTrue(deck.cards().size() >= 12 && deck.cards().size() <= 16, "12–16 cards: " + deck.cards().size());
    }

    @Test
    void recordsTheWorkshopAndTheNetworksInvolvement() {
        PlanSection workshop = method.section("droemmevaerksted").orElseThrow();
        assertEquals(1, workshop.maxEntries());
        assertEquals(List.of("positionskort", "empowerment", "hvad-model"),
                workshop.field("guide").orElseThrow().choices().stream().map(SectionField.Choice::id).toList());
        assertEquals(FieldKind.TEXT, workshop.field("medbragt-person").orElseThrow().kind());
        PlanSection network = method.section("netvaerksinddragelse").orElseThrow();
        assertEquals(List.of("navn", "relation", "hvordan", "maal", "dato"),
                network.fields().stream().map(SectionField::id).toList());
        assertEquals(FieldKind.WORDS_AS_SAID, network.field("hvordan").orElseThrow().kind());
        assertEquals(List.of("ffb-funktionsevne"), method.preferredScales());
    }

    @Test
    void theMunicipalityMayRewordItsContentInEtc(@TempDir Path home) throws Exception {
        String shipped;
        try (var in = AalborgMethod.class.getResourceAsStream(AalborgMethod.CONTENT)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path own = home.resolve(AalborgMethod.CONTENT_OVERRIDE);
        Files.createDirectories(own.getParent());
        Files.writeString(own, shipped.replace("\"Værkstedslærredet\"", "\"Drømmelærredet\""));
        assertEquals("Drømmelærredet", new AalborgMethod(own).sheets().get(0).title().da());
        assertEquals("Værkstedslærredet", method.sheets().get(0).title().da());
    }
}
