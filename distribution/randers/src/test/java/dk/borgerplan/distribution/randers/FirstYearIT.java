package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * A citizen's first year with "Mit liv – Min plan" (seed 000), told through the API the way the guide (seed 001)
 * tells it, on the Randers distribution:
 * <ol>
 * <li>Mette is registered with her offers and the people around her; her first cycle opens at preparation.</li>
 * <li>At a group preparation meeting with her contact person and a citizen guide she fills in "Her er mit liv" —
 * in her own words, with icons, and with the contact person writing one entry for her.</li>
 * <li>At the plan meeting the visual plan is drawn: purpose, resource field, three goals — on the second she and the
 * contact person disagree on the score — and a thought for the parking lot.</li>
 * <li>Citizen, provider and authority approve; the follow-up starts, and Mette and her contact person build a goal
 * staircase under each goal — a dream at the top, steps below — before the targeted effort begins.</li>
 * <li>The third goal is closed early: Mette changed day offer, and the caseworker was told.</li>
 * <li>At the next plan meeting each goal gets its new score and a decision; closing the cycle opens the second one,
 * which brings the parking lot along to the next preparation meeting.</li>
 * </ol>
 * The second test method runs in a new framework on the same home: the year is still there after a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FirstYearIT {

    private static final Path HOME = ResolvedDistribution.freshHome("FirstYearIT");
    private static final int PORT = ResolvedDistribution.freePort();

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    private Http http;

    @Before
    public void connect() throws Exception {
        http = Http.of(context);
        http.awaitHealthy(30_000);
    }

    @Test
    public void a_theFirstYear() {
        // 1. Mette is registered, with her residential offer and day offer and her mother.
        JsonNode mette = created(http.post("/api/citizens", """
                {"name": "Mette Testborger", "targetGroups": ["INTELLECTUAL_DISABILITY"],
                 "actingMunicipality": "730", "payingMunicipality": "730",
                 "offers": [
                   {"kind": "RESIDENTIAL", "name": "Bostedet Engen", "provider": "Randers Kommune",
                    "contactPerson": "Anne Kontaktperson"},
                   {"kind": "DAY", "name": "Værkstedet", "provider": "Randers Kommune"}],
                 "people": [{"name": "Hanne Testborger", "role": "RELATIVE", "relation": "mor"}]}"""));
        String citizen = "/api/citizens/" + mette.path("id").asText();
        assertEquals("Botilbud", mette.path("offers").get(0).path("kindLabel").asText());
        assertEquals("Pårørende", mette.path("people").get(0).path("roleLabel").asText());
        String dayOffer = mette.path("offers").get(1).path("id").asText();

        // Her first cycle opens at preparation.
        Http.Response cycle = http.post(citizen + "/cycles", null);
        String cyclePath = "/api/cycles/" + created(cycle).path("id").asText();
        String cycleTag = cycle.header("ETag");
        assertEquals("Forberedelse", cycle.json().path("stageLabel").asText());

        // 2. The group preparation meeting: Mette, her contact person and a citizen guide fill in her sheet.
        Http.Response preparation = http.post("/api/preparation-meetings", """
                {"cycleId": "%s", "kind": "GROUP", "date": "%s",
                 "participants": [{"name": "Mette Testborger", "role": "CITIZEN"},
                                  {"name": "Anne Kontaktperson", "role": "CONTACT_PERSON"},
                                  {"name": "Bo Borgerguide", "role": "PEER_GUIDE"}]}"""
                .formatted(cyclePath.substring("/api/cycles/".length()), LocalDate.now().minusDays(14)));
        String meetingPath = preparation.header("Location");
        created(preparation);
        String meetingTag = preparation.header("ETag");
        String[] entries = {
            "{\"field\": \"WISH_TO_MANAGE\", \"text\": \"Jeg vil gerne selv kunne lave mad\"}",
            "{\"field\": \"CAN_DO\", \"text\": \"Jeg kan passe mit arbejde\", \"icons\": [\"theme.arbejde\"]}",
            "{\"field\": \"DREAMS\", \"icons\": [\"interest.travel\"]}",
            "{\"field\": \"INTERESTS\", \"text\": \"Musik og min kat\", \"onBehalfOf\": \"Mette Testborger\"}" };
        for (String entry : entries) {
            Http.Response added = http.send("POST", meetingPath + "/entries", entry,
                    Map.of("Content-Type", "application/json", "If-Match", meetingTag));
            created(added);
            meetingTag = added.header("ETag");
        }

        cycleTag = advance(cyclePath, cycleTag, "PLAN_MEETING");

        // 3. The plan meeting draws the visual plan.
        Http.Response plan = http.post(citizen + "/plans", """
                {"meeting": {"date": "%s", "participants": [
                   {"name": "Mette Testborger", "role": "CITIZEN"}, {"name": "Anne Kontaktperson", "role": "CONTACT_PERSON"},
                   {"name": "Søren Sagsbehandler", "role": "CASEWORKER"}, {"name": "Hanne Testborger", "role": "RELATIVE"}]},
                 "purpose": "Jeg vil bo godt i min lejlighed og have et arbejde, jeg er glad for",
                 "resourceField": [{"text": "Jeg er god til at hjælpe andre", "icons": ["resource.smiley"]}],
                 "goals": [
                   {"text": "Jeg laver selv aftensmad to gange om ugen", "type": "DEVELOP",
                    "smart": {"specific": "Aftensmad", "measurable": "To gange om ugen", "accepted": "Jeg vil klare mig selv",
                              "realistic": "Anne hjælper med indkøb", "timeBound": "Til næste borgerplansmøde"},
                    "currentScore": {"value": 3}, "expectedScore": {"value": 2}},
                   {"text": "Jeg holder fast i mit arbejde på værkstedet", "type": "MAINTAIN",
                    "offerIds": ["%s"],
                    "currentScore": {"value": 1}, "expectedScore": {"value": 1},
                    "citizenScore": {"value": 0}, "disagreementNote": "Mette mener, hun klarer arbejdet helt selv"},
                   {"text": "Jeg tager selv bussen til byen", "type": "DEVELOP",
                    "currentScore": {"value": 3}, "expectedScore": {"value": 2}}],
                 "parkingLot": ["Få en kæreste"]}""".formatted(LocalDate.now().minusDays(7), dayOffer));
        JsonNode drawn = created(plan);
        String planPath = "/api/plans/" + drawn.path("id").asText();
        String planTag = plan.header("ETag");
        JsonNode work = drawn.path("goals").get(1);
        assertTrue(work.path("disagreement").asBoolean());
        assertEquals("Ingen/ubetydelige begrænsninger", work.path("citizenScore").path("label").asText());
        assertEquals(dayOffer, work.path("offerIds").get(0).asText());
        assertEquals("Pårørende", drawn.path("meeting").path("participants").get(3).path("roleLabel").asText());

        // 4. Citizen, provider and authority approve; the follow-up starts.
        for (String party : new String[] { "CITIZEN", "PROVIDER", "AUTHORITY" }) {
            planTag = ok(http.send("POST", planPath + "/approvals", "{\"party\": \"" + party + "\"}",
                    Map.of("Content-Type", "application/json", "If-Match", planTag))).header("ETag");
        }
        assertTrue(http.get(planPath).json().path("approved").asBoolean());
        cycleTag = advance(cyclePath, cycleTag, "FOLLOW_UP");

        // The goal staircases: a dream at the top of the first, and at least one step under every goal.
        String cookingStairs = "/api/goals/" + drawn.path("goals").get(0).path("id").asText() + "/subgoals";
        String stairTag = ok(http.send("PUT", cookingStairs + "/overall-goal",
                "{\"text\": \"Jeg vil holde en middag for min familie\"}",
                Map.of("Content-Type", "application/json", "If-Match", "\"0\""))).header("ETag");
        for (String step : new String[] { "Jeg finder en opskrift med Anne", "Jeg køber ind efter en liste",
                "Jeg laver maden, Anne er i nærheden" }) {
            Http.Response added = http.send("POST", cookingStairs, "{\"text\": \"" + step + "\"}",
                    Map.of("Content-Type", "application/json", "If-Match", stairTag));
            created(added);
            stairTag = added.header("ETag");
        }
        for (int goal = 1; goal < 3; goal++) {
            String stairs = "/api/goals/" + drawn.path("goals").get(goal).path("id").asText() + "/subgoals";
            created(http.send("POST", stairs, "{\"text\": \"Jeg taler med Anne om det hver mandag\"}",
                    Map.of("Content-Type", "application/json", "If-Match", "\"0\"")));
        }
        String firstStep = http.get(cookingStairs).json().path("steps").get(0).path("id").asText();
        ok(http.send("POST", cookingStairs + "/" + firstStep + "/completion", null, Map.of("If-Match", stairTag)));
        cycleTag = advance(cyclePath, cycleTag, "TARGETED_EFFORT");

        // 5. The bus goal is closed early: Mette moved to another day offer, and the caseworker was told.
        String bus = "/api/goals/" + drawn.path("goals").get(2).path("id").asText();
        Http.Response closed = ok(http.send("POST", bus + "/closing", """
                {"status": "CLOSED_EARLY", "reason": "Mette er flyttet til et dagtilbud tæt på, hun går derhen",
                 "authorityContacted": true}""", Map.of("Content-Type", "application/json", "If-Match", planTag)));
        planTag = closed.header("ETag");
        assertEquals("Afsluttet før tid", closed.json().path("goal").path("statusLabel").asText());

        // 6. At the next plan meeting each goal gets its new score and a decision.
        cycleTag = advance(cyclePath, cycleTag, "STATUS_REVIEW");
        String[][] reviews = { { "0", "2", "CONTINUE" }, { "1", "1", "CONTINUE" }, { "2", "3", "END" } };
        for (String[] review : reviews) {
            String goal = "/api/goals/" + drawn.path("goals").get(Integer.parseInt(review[0])).path("id").asText();
            planTag = ok(http.send("POST", goal + "/review",
                    "{\"score\": {\"value\": " + review[1] + "}, \"outcome\": \"" + review[2] + "\"}",
                    Map.of("Content-Type", "application/json", "If-Match", planTag))).header("ETag");
        }
        advance(cyclePath, cycleTag, "CLOSED");

        // The second cycle opens at preparation, and brings the parking lot along.
        JsonNode cycles = http.get(citizen + "/cycles").json();
        assertEquals(2, cycles.path("total").asInt());
        JsonNode second = cycles.path("items").get(0);
        assertEquals("PREPARATION", second.path("stage").asText());
        assertEquals("Få en kæreste", second.path("carriedParkingLot").get(0).asText());
    }

    @Test
    public void b_afterARestartTheYearIsStillThere() {
        JsonNode citizens = http.get("/api/citizens").json();
        assertEquals(1, citizens.path("total").asInt());
        JsonNode mette = citizens.path("items").get(0);
        String citizen = "/api/citizens/" + mette.path("id").asText();
        assertEquals("Anne Kontaktperson", mette.path("offers").get(0).path("contactPerson").asText());

        JsonNode cycles = http.get(citizen + "/cycles").json().path("items");
        JsonNode first = cycles.get(1);
        assertFalse(first.path("open").asBoolean());
        assertEquals(6, first.path("history").size());

        // Her sheet, with who wrote each entry and for whom.
        JsonNode meeting = http.get("/api/preparation-meetings?cycleId=" + first.path("id").asText()).json()
                .path("items").get(0);
        assertEquals("Borgerguide", meeting.path("participants").get(2).path("roleLabel").asText());
        JsonNode fields = meeting.path("sheet").path("fields");
        assertEquals("Jeg vil gerne selv kunne", fields.get(0).path("label").asText());
        assertEquals("interest.travel", fields.get(2).path("entries").get(0).path("icons").get(0).asText());
        assertEquals("Mette Testborger", fields.get(3).path("entries").get(0).path("onBehalfOf").asText());

        JsonNode plan = http.get(citizen + "/plans").json().path("items").get(0);
        assertEquals(3, plan.path("approvals").size());
        JsonNode bus = plan.path("goals").get(2);
        assertEquals("CLOSED_EARLY", bus.path("status").asText());
        assertTrue(bus.path("closing").path("authorityContacted").asBoolean());
        assertEquals("Afsluttes", bus.path("review").path("outcomeLabel").asText());

        // The goal staircase, with its history.
        JsonNode stairs = http.get("/api/goals/" + plan.path("goals").get(0).path("id").asText() + "/subgoals").json();
        assertEquals("Jeg vil holde en middag for min familie", stairs.path("overallGoal").asText());
        assertEquals(3, stairs.path("steps").size());
        assertEquals("Gennemført", stairs.path("steps").get(0).path("statusLabel").asText());
        assertEquals(5, stairs.path("history").size());

        // Progression, read with the scale's direction (0 is best) and the goal type.
        JsonNode progression = http.get(citizen + "/progression").json().path("items");
        assertEquals(3, progression.size());
        JsonNode cooking = progression.get(0).path("points").get(0);
        assertEquals("IMPROVED", cooking.path("change").asText());
        assertTrue(cooking.path("succeeded").asBoolean());
        JsonNode work = progression.get(1).path("points").get(0);
        assertEquals("UNCHANGED", work.path("change").asText());
        assertTrue("a maintain goal that stays unchanged has succeeded", work.path("succeeded").asBoolean());
        JsonNode busPoint = progression.get(2).path("points").get(0);
        assertEquals("UNCHANGED", busPoint.path("change").asText());
        assertFalse("a develop goal that stays unchanged has not", busPoint.path("succeeded").asBoolean());
    }

    private String advance(String cycle, String etag, String to) {
        return ok(http.send("POST", cycle + "/transitions", "{\"to\": \"" + to + "\"}",
                Map.of("Content-Type", "application/json", "If-Match", etag))).header("ETag");
    }

    private static Http.Response ok(Http.Response response) {
        assertEquals(response.body(), 200, response.status());
        return response;
    }

    private static JsonNode created(Http.Response response) {
        assertEquals(response.body(), 201, response.status());
        return response.json();
    }
}
