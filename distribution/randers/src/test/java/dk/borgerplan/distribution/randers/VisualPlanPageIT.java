package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plan meeting in the browser: the visual plan drawn with three goals (one where the citizen disagrees with the
 * professional score), icons placed by keyboard picking and by drag and drop, saved, approved by all three parties,
 * the citizen's neutral look chosen and remembered, printed to one A4 and one A3 page in both looks, and read back
 * after the distribution has been restarted.
 */
class VisualPlanPageIT {

    @TempDir
    static Path installation;
    @TempDir
    static Path profile;

    private static RunningDistribution server;
    private static Browser browser;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = RunningDistribution.start(installation);
        browser = new Browser(server.base(), profile);
        api = new Api(server.base());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePlanMeetingDrawsTheVisualPlan() throws Exception {
        String citizenId = api.post("/api/citizens", "{\"name\": \"Testborger Jensen\"}", null, 201).json().path("id")
                .asText();
        browser.open("new-plan/" + citizenId);
        assertEquals("Mit liv – Min plan", browser.find("main h1").getText());
        assertTrue(browser.find(".wheel-centre").getText().contains("Testborger Jensen"));
        assertEquals(6, browser.all(".wheel .field-theme").size(), "one field per life theme");
        browser.audit("new plan");

        browser.find("#field-purpose").sendKeys("At jeg kan klare mere selv i min hverdag");
        // The resource field: icons picked with the keyboard only.
        browser.find(".field-resource .pick-icons").sendKeys(Keys.ENTER);
        browser.visible("dialog.icon-picker[open]");
        browser.audit("new plan with the icon picker");
        browser.find("#icon-search").sendKeys("musik");
        browser.waitUntil("document.querySelector('.icon-choice[data-concept=\"interest.music\"]') !== null");
        browser.find(".icon-choice[data-concept='interest.music']").sendKeys(Keys.SPACE);
        assertEquals("true", browser.find(".icon-choice[data-concept='interest.music']").getAttribute("aria-pressed"));
        browser.find("dialog.icon-picker .actions .primary").sendKeys(Keys.ENTER);
        browser.waitUntil("document.querySelector('dialog.icon-picker') === null");
        assertFalse(browser.all(".field-resource .entries img[alt='Musik']").isEmpty());
        // Words in the resource field, typed and added with Enter.
        browser.find("#add-resource").sendKeys("Jeg er god til at hjælpe andre", Keys.ENTER);
        // A theme field: a palette icon dragged onto "Mobilitet" (HTML5 drag and drop, as a browser dispatches it).
        String concept = browser.find(".field-theme-3 .palette-icon").getAttribute("data-concept");
        browser.script("""
                const source = arguments[0], target = arguments[1];
                const data = new DataTransfer();
                source.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                """, browser.find(".field-theme-3 .palette-icon"), browser.find(".field-theme-3"));
        browser.waitUntil("document.querySelectorAll('.field-theme-3 .entries li').length === 1");

        goal(0, "Jeg laver selv aftensmad to gange om ugen", 2, 1, null);
        goal(1, "Jeg tager bussen alene til mit arbejde", 3, 2, 1);
        goal(2, "Jeg ringer selv til min søster hver søndag", 1, 1, null);
        // The SMART help opens beside a goal while it is written, and is help only.
        assertTrue(Boolean.TRUE.equals(browser.script(
                "return document.querySelector('li.goal[data-slot=\"2\"] details.smart-help').open")));

        // The citizen disagrees on goal 2 but no note is written: the plan model refuses and names the field.
        browser.click(".sticky-actions button.primary");
        browser.visible("li.goal[data-slot='1'] .field-error");
        assertEquals("true", browser.find("#goal-1-note").getAttribute("aria-invalid"));
        assertEquals("Jeg tager bussen alene til mit arbejde", browser.find("#goal-1-text").getAttribute("value"),
                "what was typed is kept");
        assertEquals(0, api.get("/api/citizens/" + citizenId + "/plans").json().path("total").asInt(), "nothing saved");
        browser.audit("plan refused");

        browser.find("#goal-1-note").sendKeys("Borgeren mener selv, at det kun kræver lidt hjælp");
        browser.click(".sticky-actions button.primary");
        browser.waitUntil("location.hash.startsWith('#/plan/')");
        browser.waitUntil("document.querySelector('.save-state').textContent.includes('1')");
        String planId = ((String) browser.script("return location.hash")).substring("#/plan/".length());

        // The MI help for the facilitator, opened.
        browser.click("details.mi-help summary");
        browser.audit("plan with the MI help open");

        for (String party : List.of("CITIZEN", "PROVIDER", "AUTHORITY")) {
            browser.click("button.approve[data-party='" + party + "']");
            browser.waitUntil("document.querySelector('button.approve[data-party=\"" + party + "\"]') === null");
        }
        browser.waitUntil("document.querySelector('.approvals').textContent.includes('godkendt af alle tre parter')");

        JsonNode plan = api.get("/api/plans/" + planId).json();
        assertEquals("At jeg kan klare mere selv i min hverdag", plan.path("purpose").asText());
        assertEquals(3, plan.path("goals").size());
        assertEquals(3, plan.path("goals").get(1).path("currentScore").path("value").asInt());
        assertEquals(2, plan.path("goals").get(1).path("expectedScore").path("value").asInt());
        assertEquals(1, plan.path("goals").get(1).path("citizenScore").path("value").asInt());
        assertTrue(plan.path("goals").get(1).path("disagreement").asBoolean());
        assertEquals("Borgeren mener selv, at det kun kræver lidt hjælp",
                plan.path("goals").get(1).path("disagreementNote").asText());
        assertTrue(plan.path("goals").get(0).path("citizenScore").isNull());
        assertEquals("[\"interest.music\"]", plan.path("resourceField").get(0).path("icons").toString());
        assertEquals("Jeg er god til at hjælpe andre", plan.path("resourceField").get(1).path("text").asText());
        assertEquals(1, plan.path("themeFields").size());
        assertEquals(concept, plan.path("themeFields").get(0).path("entries").get(0).path("icons").get(0).asText());
        assertTrue(plan.path("approved").asBoolean());
        assertEquals(3, plan.path("approvals").size());

        assertEquals("", browser.script("return document.querySelector('.text-field-notes .print-text').textContent"),
                "no notes were written");
        assertFalse(((String) browser.script("return document.querySelector('main').textContent")).contains("null"),
                "no missing value shows as \"null\"");
        browser.fullScreenshot("plan-colourful");
        Path colourfulA4 = browser.print("plan-colourful-a4", paper(PageSize.ISO_A4));
        Path colourfulA3 = browser.print("plan-colourful-a3", paper(new PageSize(42.0, 29.7)));

        // The neutral look: same structure, chosen on the page and remembered on the citizen.
        browser.click("#look-neutral");
        browser.waitUntil("document.body.dataset.look === 'neutral'");
        waitForLook(citizenId, "NEUTRAL");
        browser.audit("plan, neutral look");
        browser.fullScreenshot("plan-neutral");
        Path neutralA4 = browser.print("plan-neutral-a4", paper(PageSize.ISO_A4));
        for (Path pdf : List.of(colourfulA4, colourfulA3, neutralA4)) {
            assertEquals(1, pages(pdf), pdf + " is one page");
        }

        // Read back after a restart, in a fresh page load: the same plan, the neutral look, the approvals.
        server.stop();
        server.startAgain();
        browser.open("plan/" + planId);
        assertEquals("neutral", browser.script("return document.body.dataset.look"));
        assertEquals("Jeg tager bussen alene til mit arbejde", browser.find("#goal-1-text").getAttribute("value"));
        assertEquals("true", browser.find("li.goal[data-slot='1'] fieldset[data-field='goal-1.citizenScore.value']"
                + " input[value='1']").getDomProperty("checked"));
        assertTrue(browser.find(".approvals").getText().contains("godkendt af alle tre parter"));
        assertFalse(browser.all(".field-theme-3 .entries img").isEmpty());
    }

    /** Writes goal {@code slot} and picks its scores by their labels (the pictogram and the words). */
    private static void goal(int slot, String text, int now, int expected, Integer citizen) {
        browser.find("#goal-" + slot + "-text").sendKeys(text);
        pick(slot, "currentScore", now);
        pick(slot, "expectedScore", expected);
        if (citizen != null) {
            pick(slot, "citizenScore", citizen);
        }
    }

    private static void pick(int slot, String score, int value) {
        WebElement input = browser.find("fieldset[data-field='goal-" + slot + "." + score + ".value'] input[value='"
                + value + "']");
        browser.click("label[for='" + input.getAttribute("id") + "']");
        assertEquals("true", input.getDomProperty("checked"));
    }

    private static void waitForLook(String citizenId, String look) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (look.equals(api.get("/api/citizens/" + citizenId).json().path("look").asText())) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(look, api.get("/api/citizens/" + citizenId).json().path("look").asText());
    }

    private static PrintOptions paper(PageSize size) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(size);
        options.setBackground(true);
        return options;
    }

    /** The number of pages of a PDF as Chromium writes it: its page objects. */
    private static int pages(Path pdf) throws Exception {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher page = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        List<Integer> found = new ArrayList<>();
        while (page.find()) {
            found.add(page.start());
        }
        return found.size();
    }
}
