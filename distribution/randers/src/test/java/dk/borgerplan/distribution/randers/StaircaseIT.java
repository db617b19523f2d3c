package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * The goal staircase (måltrappen) through the API: after the plan meeting the plan goes into follow-up; the targeted
 * effort is refused until the goal has a sub-goal; the citizen and the contact person set an overall goal and three
 * steps, complete one, replace one and reorder; the history shows every change; a stale If-Match changes nothing;
 * then the cycle moves on to the targeted effort.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StaircaseIT {

    private static final Path HOME = ResolvedDistribution.freshHome("StaircaseIT");
    private static final int PORT = ResolvedDistribution.freePort();

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    private Http http;

    private Http.Response send(String method, String path, String body, String etag) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (etag != null) {
            headers.put("If-Match", etag);
        }
        return http.send(method, path, body, headers);
    }

    private static String rule(Http.Response response) {
        return response.json().path("errors").get(0).path("rule").asText();
    }

    @Test
    public void aGoalStaircaseThroughTheApi() throws Exception {
        http = Http.of(context);
        http.awaitHealthy(30_000);
        String citizen = "/api/citizens/" + http.post("/api/citizens", "{\"name\": \"Testborger Trappe\"}").json()
                .path("id").asText();
        Http.Response opened = http.post(citizen + "/cycles", null);
        String cycle = opened.header("Location");
        Http.Response meeting = send("POST", cycle + "/transitions", "{\"to\": \"PLAN_MEETING\"}",
                opened.header("ETag"));
        assertEquals(meeting.body(), 200, meeting.status());

        Http.Response plan = http.post(citizen + "/plans", """
                {"purpose": "Jeg vil bo i egen lejlighed", "goals": [{"text": "Jeg laver selv aftensmad",
                 "currentScore": {"value": 3}, "expectedScore": {"value": 2}}]}""");
        assertEquals(plan.body(), 201, plan.status());
        String goal = "/api/goals/" + plan.json().path("goals").get(0).path("id").asText();
        String stairs = goal + "/subgoals";

        // Before the follow-up, no sub-goals: they are made after the plan meeting.
        Http.Response early = send("POST", stairs, "{\"text\": \"Jeg finder en opskrift\"}", "\"0\"");
        assertEquals(early.body(), 409, early.status());
        assertEquals("staircaseNotOpen", rule(early));

        String planTag = plan.header("ETag");
        for (String party : new String[] { "CITIZEN", "PROVIDER", "AUTHORITY" }) {
            Http.Response approved = send("POST", plan.header("Location") + "/approvals",
                    "{\"party\": \"" + party + "\"}", planTag);
            assertEquals(approved.body(), 200, approved.status());
            planTag = approved.header("ETag");
        }
        Http.Response followUp = send("POST", cycle + "/transitions", "{\"to\": \"FOLLOW_UP\"}",
                meeting.header("ETag"));
        assertEquals(followUp.body(), 200, followUp.status());

        // The targeted effort needs at least one sub-goal per goal.
        Http.Response refused = send("POST", cycle + "/transitions", "{\"to\": \"TARGETED_EFFORT\"}",
                followUp.header("ETag"));
        assertEquals(refused.body(), 409, refused.status());
        assertEquals("subGoalNeeded", rule(refused));
        assertEquals("Mål 1 skal have mindst ét delmål, før den målrettede indsats begynder",
                refused.json().path("detail").asText());

        Http.Response empty = http.get(stairs);
        assertEquals(empty.body(), 200, empty.status());
        assertEquals("\"0\"", empty.header("ETag"));
        assertEquals(0, empty.json().path("steps").size());

        // The overall goal, then three steps.
        assertEquals(428, send("PUT", stairs + "/overall-goal", "{\"text\": \"Drømmen\"}", null).status());
        Http.Response overall = send("PUT", stairs + "/overall-goal",
                "{\"text\": \"Jeg vil holde en middag for min familie\"}", empty.header("ETag"));
        assertEquals(overall.body(), 200, overall.status());
        assertEquals("\"1\"", overall.header("ETag"));
        String etag = overall.header("ETag");
        for (String text : new String[] { "Jeg finder en opskrift", "Jeg køber ind", "Jeg laver maden med støtte" }) {
            Http.Response added = send("POST", stairs, "{\"text\": \"" + text + "\"}", etag);
            assertEquals(added.body(), 201, added.status());
            etag = added.header("ETag");
        }
        JsonNode three = http.get(stairs).json();
        assertEquals(3, three.path("steps").size());
        List<String> ids = new ArrayList<>();
        three.path("steps").forEach(step -> ids.add(step.path("id").asText()));
        assertEquals("Aktivt", three.path("steps").get(0).path("statusLabel").asText());
        assertEquals(http.accountId(), three.path("steps").get(0).path("created").path("by").asText());

        // Bad input: 400 naming the field, never a 500.
        Http.Response blank = send("POST", stairs, "{\"text\": \"  \"}", etag);
        assertEquals(blank.body(), 400, blank.status());
        assertEquals("text", blank.json().path("errors").get(0).path("field").asText());
        assertEquals("required", rule(blank));
        Http.Response number = send("POST", stairs, "{\"text\": 7}", etag);
        assertEquals(number.body(), 400, number.status());
        assertEquals("text", number.json().path("errors").get(0).path("field").asText());
        Http.Response badOrder = send("PUT", stairs + "/order", "{\"order\": [\"" + ids.get(0) + "\"]}", etag);
        assertEquals(badOrder.body(), 400, badOrder.status());
        assertEquals("order", badOrder.json().path("errors").get(0).path("field").asText());
        assertEquals("orderMismatch", rule(badOrder));
        assertEquals(404, send("POST", stairs + "/nonsense/completion", null, etag).status());
        assertEquals(404, send("POST", stairs + "/5e1f3c4a-0000-4000-8000-000000000000/completion", null, etag)
                .status());
        assertEquals(405, send("DELETE", stairs, null, etag).status());

        // Complete the first, replace the second, reorder the active ones.
        Http.Response completed = send("POST", stairs + "/" + ids.get(0) + "/completion", null, etag);
        assertEquals(completed.body(), 200, completed.status());
        assertEquals("Gennemført", completed.json().path("steps").get(0).path("statusLabel").asText());
        Http.Response again = send("POST", stairs + "/" + ids.get(0) + "/completion", null,
                completed.header("ETag"));
        assertEquals(409, again.status());
        assertEquals("subGoalNotActive", rule(again));
        Http.Response replaced = send("POST", stairs + "/" + ids.get(1) + "/replacement",
                "{\"text\": \"Jeg køber ind sammen med Anne\"}", completed.header("ETag"));
        assertEquals(replaced.body(), 200, replaced.status());
        JsonNode steps = replaced.json().path("steps");
        assertEquals("Udskiftet", steps.get(1).path("statusLabel").asText());
        String newId = steps.get(2).path("id").asText();
        assertEquals(newId, steps.get(1).path("replacedBy").asText());
        assertEquals("Jeg køber ind sammen med Anne", steps.get(2).path("text").asText());
        Http.Response reordered = send("PUT", stairs + "/order",
                "{\"order\": [\"" + ids.get(2) + "\", \"" + newId + "\"]}", replaced.header("ETag"));
        assertEquals(reordered.body(), 200, reordered.status());
        etag = reordered.header("ETag");
        assertEquals("\"7\"", etag);

        JsonNode staircase = http.get(stairs).json();
        List<String> order = new ArrayList<>();
        staircase.path("steps").forEach(step -> order.add(step.path("text").asText() + "/"
                + step.path("status").asText()));
        assertEquals(List.of("Jeg finder en opskrift/COMPLETED", "Jeg køber ind/REPLACED",
                "Jeg laver maden med støtte/ACTIVE", "Jeg køber ind sammen med Anne/ACTIVE"), order);
        assertEquals("Jeg vil holde en middag for min familie", staircase.path("overallGoal").asText());
        List<String> kinds = new ArrayList<>();
        staircase.path("history").forEach(event -> kinds.add(event.path("kind").asText()));
        assertEquals(List.of("OVERALL_GOAL_SET", "ADDED", "ADDED", "ADDED", "COMPLETED", "REPLACED", "REORDERED"),
                kinds);
        assertEquals("Delmål udskiftet", staircase.path("history").get(5).path("kindLabel").asText());
        assertEquals(ids.get(1), staircase.path("history").get(5).path("subGoalId").asText());
        assertEquals(http.accountId(), staircase.path("history").get(6).path("stamp").path("by").asText());
        assertNotEquals("", staircase.path("history").get(6).path("stamp").path("at").asText());

        // A stale If-Match: 412, and nothing changed.
        Http.Response stale = send("POST", stairs, "{\"text\": \"Jeg dækker bord\"}", completed.header("ETag"));
        assertEquals(stale.body(), 412, stale.status());
        assertEquals(412, send("PUT", stairs + "/overall-goal", "{\"text\": \"Noget andet\"}", "\"1\"").status());
        assertEquals(staircase, http.get(stairs).json());

        // Now the cycle moves on to the targeted effort, where sub-goals can still be added.
        Http.Response targeted = send("POST", cycle + "/transitions", "{\"to\": \"TARGETED_EFFORT\"}",
                followUp.header("ETag"));
        assertEquals(targeted.body(), 200, targeted.status());
        assertEquals("TARGETED_EFFORT", targeted.json().path("stage").asText());
        assertEquals(201, send("POST", stairs, "{\"text\": \"Jeg dækker bord\"}", etag).status());
    }
}
