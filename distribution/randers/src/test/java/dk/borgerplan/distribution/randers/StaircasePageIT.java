package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The year after the plan meeting, in Chromium: the parking lot of the plan, the goal staircase worked by keyboard
 * (overall goal, three steps, one completed, two reordered, one replaced), and the goal's progress over two cycles
 * drawn on the scale's words with the same facts in a table. What the pages saved is checked through the API.
 */
class StaircasePageIT extends BrowserTest {

    @Test
    void theParkingLotTheStaircaseAndTheProgress() throws Exception {
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Trappe\"}", null, 201).json().path("id")
                .asText();
        JsonNode plan = api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"At jeg klarer mere selv\", "
                + "\"goals\": [{\"text\": \"Jeg laver selv mad\", \"currentScore\": {\"value\": 3}, "
                + "\"expectedScore\": {\"value\": 2}}]}", null, 201).json();
        String planId = plan.path("id").asText();
        String goalId = plan.path("goals").get(0).path("id").asText();
        String cycle = "/api/cycles/" + plan.path("cycleId").asText();

        // The parking lot: two thoughts parked, one removed.
        browser.open("parking-lot/" + planId);
        assertEquals("Parkeringspladsen", browser.find("main h1").getText());
        browser.audit("parking lot, empty");
        browser.press("#new-thought", "Jeg glæder mig til ferien");
        browser.press(".add-form button[type=submit]", Keys.ENTER);
        browser.waitUntil("document.querySelectorAll('.thought').length === 1");
        browser.press("#new-thought", "Naboens hund gøer om natten");
        browser.press(".add-form button[type=submit]", Keys.ENTER);
        browser.waitUntil("document.querySelectorAll('.thought').length === 2");
        browser.press(".thought .remove", Keys.ENTER);
        browser.waitUntil("document.querySelectorAll('.thought').length === 1");
        assertEquals("[\"Naboens hund gøer om natten\"]", api.get("/api/plans/" + planId).json().path("parkingLot")
                .toString());
        assertEquals("At jeg klarer mere selv", api.get("/api/plans/" + planId).json().path("purpose").asText(),
                "the rest of the plan is kept");
        browser.audit("parking lot");
        browser.screenshot("parking-lot");

        // The plan in use: approved by all three, the follow-up begins.
        String version = api.get("/api/plans/" + planId).etag();
        for (String party : List.of("CITIZEN", "PROVIDER", "AUTHORITY")) {
            version = api.post("/api/plans/" + planId + "/approvals", "{\"party\": \"" + party + "\"}", version, 200)
                    .etag();
        }
        String cycleTag = advance(cycle, api.get(cycle).etag(), "FOLLOW_UP");

        // The staircase, by keyboard only.
        browser.open("staircase/" + goalId);
        assertEquals("Måltrappen", browser.find("main h1").getText());
        browser.press("#overall-goal", "Jeg laver mad til mine venner", Keys.ENTER);
        browser.waitUntil("document.querySelector('.staircase .top .text').textContent === 'Jeg laver mad til mine venner'");
        for (String step : List.of("Jeg finder en opskrift", "Jeg køber ind", "Jeg laver maden")) {
            browser.press("#new-step", step, Keys.ENTER);
            browser.waitUntil("[...document.querySelectorAll('.staircase .step .text')].some(e => e.textContent === '"
                    + step + "')");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode step : api.get("/api/goals/" + goalId + "/subgoals").json().path("steps")) {
            ids.add(step.path("id").asText());
        }
        browser.press("[data-step='" + ids.get(0) + "'] .complete", Keys.ENTER);
        browser.waitUntil("document.querySelector('[data-step=\"" + ids.get(0) + "\"]').classList.contains('completed')");
        // "Jeg laver maden" one step down, below "Jeg køber ind".
        browser.press("[data-step='" + ids.get(2) + "'] .down", Keys.ENTER);
        browser.waitUntil("document.querySelector('[data-step=\"" + ids.get(2) + "\"] .what').textContent.includes('2')");
        browser.press("[data-step='" + ids.get(1) + "'] .replace", Keys.ENTER);
        browser.press("#replace-" + ids.get(1), "Jeg køber ind efter en liste", Keys.ENTER);
        browser.waitUntil("document.querySelector('[data-step=\"" + ids.get(1) + "\"]').classList.contains('replaced')");
        JsonNode stairs = api.get("/api/goals/" + goalId + "/subgoals").json();
        assertEquals("Jeg laver mad til mine venner", stairs.path("overallGoal").asText());
        List<String> seen = new ArrayList<>();
        for (JsonNode step : stairs.path("steps")) {
            seen.add(step.path("step").asInt() + " " + step.path("text").asText() + " " + step.path("status").asText());
        }
        assertEquals(List.of("1 Jeg finder en opskrift COMPLETED", "2 Jeg laver maden ACTIVE",
                "3 Jeg køber ind REPLACED", "4 Jeg køber ind efter en liste ACTIVE"), seen);
        assertTrue(browser.find(".history-area").getText().contains("Delmål tilføjet"));
        browser.audit("staircase");
        browser.fullScreenshot("staircase");

        // The year ends with the status review, the goal is continued in the next cycle's plan.
        cycleTag = advance(cycle, cycleTag, "TARGETED_EFFORT");
        cycleTag = advance(cycle, cycleTag, "STATUS_REVIEW");
        version = api.get("/api/plans/" + planId).etag();
        api.post("/api/goals/" + goalId + "/review", "{\"score\": {\"value\": 2}, \"outcome\": \"CONTINUE\"}", version,
                200);
        advance(cycle, cycleTag, "CLOSED");
        JsonNode next = api.get("/api/citizens/" + citizen + "/cycles").json().path("items").get(0);
        advance("/api/cycles/" + next.path("id").asText(), "\"" + next.path("version").asInt() + "\"", "PLAN_MEETING");
        api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"At jeg klarer mere selv\", \"goals\": [{"
                + "\"continues\": \"" + goalId + "\", \"text\": \"Jeg laver selv mad\", \"currentScore\": {\"value\": 2}, "
                + "\"expectedScore\": {\"value\": 1}}]}", null, 201);

        browser.open("progress/" + citizen);
        assertEquals("Status og udvikling", browser.find("main h1").getText());
        assertEquals(1, browser.all("svg.chart[role=img]").size());
        assertTrue(browser.find("svg.chart title").getAttribute("textContent").contains("cyklus 2"));
        assertEquals(2, browser.all(".progress-table tbody tr").size());
        String table = browser.find(".progress-table").getText();
        assertTrue(table.contains("3 – Svære begrænsninger") && table.contains("Bedre"), table);
        assertTrue(browser.find("svg.chart").getText().contains("Jeg har brug for noget hjælp"), "the scale's words");
        browser.audit("progress");
        browser.screenshot("progress");
    }

    private static String advance(String cycle, String etag, String to) {
        return api.post(cycle + "/transitions", "{\"to\": \"" + to + "\"}", etag, 200).etag();
    }
}
