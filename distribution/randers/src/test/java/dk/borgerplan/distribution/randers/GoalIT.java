package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * A goal as the meeting writes it, through the API: SMART answers, a theme chosen from GET /api/themes, icons, goal
 * type, and the citizen's own score beside the professional one with the disagreement noted; hints come back, and a
 * disagreement without a note is refused.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GoalIT {

    private static final Path HOME = ResolvedDistribution.freshHome("GoalIT");
    private static final int PORT = ResolvedDistribution.freePort();

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    @Test
    public void aWholeGoalGoesInAndComesBackWithItsWords() throws Exception {
        Http http = Http.of(context);
        http.awaitHealthy(30_000);
        JsonNode theme = http.get("/api/themes").json().get(1).path("ref");
        String citizen = http.post("/api/citizens", "{\"name\": \"Testborger Mål\"}").json().path("id").asText();
        String goal = """
                {"text": "%s",
                 "smart": {"specific": "Lave aftensmad", "measurable": "To gange om ugen", "accepted": "Jeg vil selv",
                           "realistic": "Med støtte fra kontaktpersonen", "timeBound": "Inden sommerferien"},
                 "delimitation": "Gælder hverdage",
                 "primaryTheme": {"system": "%s", "version": "%s", "code": "%s"},
                 "icons": ["theme.praktiske-opgaver"], "type": "DEVELOP",
                 "currentScore": {"value": 3}, "expectedScore": {"value": 2},
                 "citizenScore": {"value": 2}%s}""";
        String plans = "/api/citizens/" + citizen + "/plans";

        Http.Response noNote = http.post(plans, "{\"purpose\": \"Formål\", \"goals\": [" + String.format(goal,
                "Jeg laver selv aftensmad", theme.path("system").asText(), theme.path("version").asText(),
                theme.path("code").asText(), "") + "]}");
        assertEquals(noNote.body(), 400, noNote.status());
        assertEquals("goals[0].disagreementNote", noNote.json().path("errors").get(0).path("field").asText());

        Http.Response created = http.post(plans, "{\"purpose\": \"Formål\", \"goals\": [" + String.format(goal,
                "Lave mad selv", theme.path("system").asText(), theme.path("version").asText(),
                theme.path("code").asText(), ", \"disagreementNote\": \"Borgeren mener, det går bedre\"") + "]}");
        assertEquals(created.body(), 201, created.status());
        JsonNode stored = http.get(created.header("Location")).json().path("goals").get(0);
        assertEquals("Praktiske opgaver", stored.path("primaryTheme").path("label").asText());
        assertEquals(theme.path("code").asText(), stored.path("primaryTheme").path("code").asText());
        assertEquals("To gange om ugen", stored.path("smart").path("measurable").asText());
        assertEquals("Udvikle funktionsevne", stored.path("typeLabel").asText());
        assertEquals("Aktivt", stored.path("statusLabel").asText());
        assertTrue(stored.path("disagreement").asBoolean());
        assertEquals("Moderate begrænsninger", stored.path("citizenScore").path("label").asText());
        assertEquals("Svære begrænsninger", stored.path("currentScore").path("label").asText());
        JsonNode hints = created.json().path("hints");
        assertEquals("goals[0].text", hints.get(0).path("field").asText());
        assertEquals("firstPerson", hints.get(0).path("hint").asText());
    }

    @Test
    public void theWheelsFieldsAndTheParkingLotGoInAndTheMissingParagraph141ElementsAreListed() throws Exception {
        Http http = Http.of(context);
        http.awaitHealthy(30_000);
        JsonNode relations = http.get("/api/themes").json().get(5).path("ref");
        String citizen = http.post("/api/citizens", "{\"name\": \"Testborger Hjul\"}").json().path("id").asText();
        Http.Response created = http.post("/api/citizens/" + citizen + "/plans", String.format("""
                {"purpose": "Jeg vil have flere venner",
                 "goals": [{"text": "Jeg ser mine venner hver uge", "currentScore": {"value": 2},
                            "expectedScore": {"value": 1}}],
                 "resourceField": [{"text": "Jeg er god til at lytte", "icons": ["resource.smiley"]}],
                 "themeFields": [{"theme": {"system": "%s", "version": "%s", "code": "%s"},
                                  "entries": [{"text": "Min søster", "icons": ["theme.relationer"]}]}],
                 "employmentField": [{"icons": ["employment.work"]}],
                 "notes": "Borgeren førte ordet",
                 "parkingLot": ["Flytte til Aarhus?"],
                 "actionPlan": {"neededEffort": "Socialpædagogisk støtte", "specialConditions": {"housing": "Egen bolig"}}}""",
                relations.path("system").asText(), relations.path("version").asText(), relations.path("code").asText()));
        assertEquals(created.body(), 201, created.status());
        JsonNode plan = http.get(created.header("Location")).json();
        assertEquals("Jeg er god til at lytte", plan.path("resourceField").get(0).path("text").asText());
        assertEquals("Relationer", plan.path("themeFields").get(0).path("theme").path("label").asText());
        assertEquals("theme.relationer", plan.path("themeFields").get(0).path("entries").get(0).path("icons").get(0)
                .asText());
        assertEquals("employment.work", plan.path("employmentField").get(0).path("icons").get(0).asText());
        assertEquals("Flytte til Aarhus?", plan.path("parkingLot").get(0).asText());
        JsonNode completeness = plan.path("completeness");
        assertFalse(completeness.path("complete").asBoolean());
        assertEquals("expectedDuration", completeness.path("missing").get(0).path("element").asText());
        assertEquals("Forventet varighed", completeness.path("missing").get(0).path("label").asText());

        Http.Response subTheme = http.post("/api/citizens/" + citizen + "/plans", String.format("""
                {"purpose": "x", "goals": [], "themeFields": [{"theme": {"system": "%s", "version": "%s", "code": "%s"},
                 "entries": [{"text": "x"}]}]}""", relations.path("system").asText(), relations.path("version").asText(),
                http.get("/api/themes").json().get(5).path("subThemes").get(0).path("ref").path("code").asText()));
        assertEquals(400, subTheme.status());
        assertEquals("themeFields[0].theme", subTheme.json().path("errors").get(0).path("field").asText());
    }
}
