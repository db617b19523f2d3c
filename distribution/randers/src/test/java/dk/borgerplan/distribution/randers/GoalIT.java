package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
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
}
