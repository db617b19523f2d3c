package dk.borgerplan.method.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.method.Guide;
import dk.borgerplan.method.GuideItem;
import dk.borgerplan.method.Phase;

import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;

class RandersMethodTest {

    private final RandersMethod method = new RandersMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle without duplicates, @MethodId equal to id().
        MethodContract.verify(method);
    }

    @Test
    void isKnownByRanderssId() {
        assertEquals("randers", method.id());
        assertEquals("Mit liv – Min plan", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Forberedelsesmøde", "Borgerplansmøde", "Opfølgning og målrettet indsats", "Status og nyt borgerplansmøde"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }

    @Test
    void bringsSeed001sTwoQuickGuidesAsRunSheets() {
        List<Guide> guides = method.guides();
        assertEquals(List.of("prepare-plan-meeting", "hold-plan-meeting"), guides.stream().map(Guide::id).toList());
        assertEquals(Phase.PREPARE, guides.get(0).phase());
        Guide meeting = guides.get(1);
        assertEquals(Phase.DRAFT, meeting.phase());
        assertEquals("Quickguide til afholdelse af borgerplansmøde", meeting.title().da());
        assertEquals(10, meeting.items().size());
        assertTrue(meeting.items().get(2).what().da().contains("Hvad er vigtigt for dig i dit liv?"));
    }

    @Test
    void theMunicipalityMayRewordItsGuidesInEtc(@TempDir Path home) throws Exception {
        Path own = home.resolve("randers.json");
        RandersMethod reworded = new RandersMethod(own);
        String shipped = new String(RandersMethod.class.getResourceAsStream(RandersMethod.CONTENT).readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(own, shipped.replace("Giv borgeren borgerplanen efter mødet.",
                "Send borgerplanen til borgeren i Digital Post."));
        List<GuideItem> steps = reworded.guides().get(1).items();
        assertEquals("Send borgerplanen til borgeren i Digital Post.", steps.get(steps.size() - 1).what().da());
        MethodContract.verify(reworded);
    }
}
