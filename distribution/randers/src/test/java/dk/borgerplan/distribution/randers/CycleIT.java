package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

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
 * A citizen's year through the API: the cycle is opened at preparation, moved one stage at a time (a skipped stage
 * is 409, a stale version 412, no version 428), the plan is made at the plan meeting and belongs to the cycle, the
 * follow-up needs it, and the status at the next plan meeting closes the cycle and opens the next.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CycleIT {

    private static final Path HOME = ResolvedDistribution.freshHome("CycleIT");
    private static final int PORT = ResolvedDistribution.freePort();

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    private Http http;

    private Http.Response move(String cycle, String etag, String to) {
        return http.send("POST", cycle + "/transitions", "{\"to\": \"" + to + "\"}",
                etag == null ? java.util.Map.of("Content-Type", "application/json")
                        : java.util.Map.of("Content-Type", "application/json", "If-Match", etag));
    }

    @Test
    public void aYearOfCyclesThroughTheApi() throws Exception {
        http = Http.of(context);
        http.awaitHealthy(30_000);
        String citizen = "/api/citizens/" + http.post("/api/citizens", "{\"name\": \"Testborger År\"}").json()
                .path("id").asText();

        Http.Response opened = http.post(citizen + "/cycles", null);
        assertEquals(opened.body(), 201, opened.status());
        String cycle = opened.header("Location");
        assertEquals("PREPARATION", opened.json().path("stage").asText());
        assertEquals("Forberedelse", opened.json().path("stageLabel").asText());
        assertEquals("PREPARE", opened.json().path("phase").asText());
        assertEquals(409, http.post(citizen + "/cycles", null).status());

        Http.Response skipped = move(cycle, opened.header("ETag"), "FOLLOW_UP");
        assertEquals(409, skipped.status());
        assertEquals("notNextStage", skipped.json().path("errors").get(0).path("rule").asText());
        assertEquals(428, move(cycle, null, "PLAN_MEETING").status());
        Http.Response badStage = move(cycle, opened.header("ETag"), "HOLIDAY");
        assertEquals(400, badStage.status());
        assertEquals("to", badStage.json().path("errors").get(0).path("field").asText());

        Http.Response meeting = move(cycle, opened.header("ETag"), "PLAN_MEETING");
        assertEquals(meeting.body(), 200, meeting.status());
        assertEquals(412, move(cycle, opened.header("ETag"), "FOLLOW_UP").status());
        Http.Response noPlan = move(cycle, meeting.header("ETag"), "FOLLOW_UP");
        assertEquals("planNeeded", noPlan.json().path("errors").get(0).path("rule").asText());

        Http.Response plan = http.post(citizen + "/plans", """
                {"purpose": "Jeg vil bo i egen lejlighed", "goals": [{"text": "Jeg laver selv mad",
                 "currentScore": {"value": 3}, "expectedScore": {"value": 2}}],
                 "parkingLot": ["Få en kæreste"]}""");
        assertEquals(plan.body(), 201, plan.status());
        assertEquals(cycle, "/api/cycles/" + plan.json().path("cycleId").asText());
        assertEquals(409, http.post(citizen + "/plans", "{\"purpose\": \"x\", \"goals\": []}").status());
        Http.Response notApproved = move(cycle, meeting.header("ETag"), "FOLLOW_UP");
        assertEquals("planNotApproved", notApproved.json().path("errors").get(0).path("rule").asText());

        // Approval by citizen (through a guardian), provider and authority; a second citizen approval is refused.
        String planPath = plan.header("Location");
        String planTag = plan.header("ETag");
        for (String party : new String[] { "CITIZEN", "PROVIDER", "AUTHORITY" }) {
            String body = "CITIZEN".equals(party) ? "{\"party\": \"CITIZEN\", \"onBehalfOf\": \"Værge\"}"
                    : "{\"party\": \"" + party + "\"}";
            Http.Response approved = http.send("POST", planPath + "/approvals", body,
                    java.util.Map.of("Content-Type", "application/json", "If-Match", planTag));
            assertEquals(approved.body(), 200, approved.status());
            planTag = approved.header("ETag");
        }
        JsonNode approvedPlan = http.get(planPath).json();
        assertEquals(true, approvedPlan.path("approved").asBoolean());
        assertEquals("Borger", approvedPlan.path("approvals").get(0).path("partyLabel").asText());
        assertEquals("Værge", approvedPlan.path("approvals").get(0).path("onBehalfOf").asText());
        assertEquals(409, http.send("POST", planPath + "/approvals", "{\"party\": \"CITIZEN\"}",
                java.util.Map.of("Content-Type", "application/json", "If-Match", planTag)).status());

        String etag = meeting.header("ETag");
        for (String to : new String[] { "FOLLOW_UP", "TARGETED_EFFORT", "STATUS_REVIEW" }) {
            if (to.equals("TARGETED_EFFORT")) {
                // The targeted effort needs a sub-goal (delmål) per goal, set after the plan meeting.
                String stairs = "/api/goals/" + plan.json().path("goals").get(0).path("id").asText() + "/subgoals";
                assertEquals(201, http.send("POST", stairs, "{\"text\": \"Jeg finder en opskrift\"}",
                        java.util.Map.of("Content-Type", "application/json", "If-Match", "\"0\"")).status());
            }
            Http.Response moved = move(cycle, etag, to);
            assertEquals(to + ": " + moved.body(), 200, moved.status());
            etag = moved.header("ETag");
        }
        // The status closes the cycle only when every goal has its new score and outcome.
        assertEquals("reviewNeeded", move(cycle, etag, "CLOSED").json().path("errors").get(0).path("rule").asText());
        String goal = "/api/goals/" + http.get(planPath).json().path("goals").get(0).path("id").asText();
        Http.Response reviewed = http.send("POST", goal + "/review",
                "{\"score\": {\"value\": 2}, \"outcome\": \"CONTINUE\"}",
                java.util.Map.of("Content-Type", "application/json", "If-Match", http.get(goal).header("ETag")));
        assertEquals(reviewed.body(), 200, reviewed.status());
        assertEquals("Fortsætter", reviewed.json().path("goal").path("review").path("outcomeLabel").asText());
        planTag = reviewed.header("ETag");
        assertEquals(200, move(cycle, etag, "CLOSED").status());
        // A change after approval makes a new revision; the approved one is kept whole.
        // The goal is named by its id: after the plan meeting a goal is changed or closed, never dropped.
        Http.Response changed = http.put(planPath, """
                {"purpose": "Jeg vil bo i egen lejlighed med min kat", "goals": [{"id": "%s",
                 "text": "Jeg laver selv mad", "currentScore": {"value": 3}, "expectedScore": {"value": 2}}],
                 "parkingLot": ["Få en kæreste", "Rejse til Norge"]}""".formatted(goal.substring(11)), planTag);
        assertEquals(changed.body(), 200, changed.status());
        assertEquals(2, changed.json().path("revision").asInt());
        assertFalse(changed.json().path("approved").asBoolean());
        JsonNode revisions = http.get(planPath + "/revisions").json().path("items");
        assertEquals(2, revisions.size());
        assertEquals("Jeg vil bo i egen lejlighed", http.get(planPath + "/revisions/1").json().path("purpose").asText());
        assertEquals(true, http.get(planPath + "/revisions/1").json().path("approved").asBoolean());

        JsonNode closed = http.get(cycle).json();
        assertFalse(closed.path("open").asBoolean());
        assertEquals(6, closed.path("history").size());
        assertEquals(http.accountId(), closed.path("history").get(5).path("stamp").path("by").asText());

        JsonNode all = http.get(citizen + "/cycles").json().path("items");
        assertEquals(2, all.size());
        assertEquals(2, all.get(0).path("number").asInt());
        assertEquals("PREPARATION", all.get(0).path("stage").asText());
        // The next preparation meeting sees what was parked.
        assertEquals("Rejse til Norge", all.get(0).path("carriedParkingLot").get(1).asText());
    }
}
