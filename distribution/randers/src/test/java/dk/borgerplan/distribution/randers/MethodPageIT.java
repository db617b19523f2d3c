package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The method page in Chromium: what Randers' method adds to the plan (the inspiration course) drawn from
 * /api/methods as a table with an input per field by its kind; a refusal marks the field it names, and a corrected
 * entry is saved, as the API then shows. Then Aarhus' plugin is added to the running distribution (a municipality
 * taking another's method), and its pictogram sheet and citizen budget are used on the same page.
 */
class MethodPageIT extends BrowserTest {

    /** Randers' section; the tests share one distribution, and Aarhus' method may be there too. */
    private static final String RANDERS = "[aria-labelledby='section-randers-inspirationsforloeb']";

    @Test
    void aMethodsSectionIsFilledInAndARefusalMarksItsField() throws Exception {
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Metode\"}", null, 201).json().path("id")
                .asText();
        JsonNode cycle = api.post("/api/citizens/" + citizen + "/cycles", null, null, 201).json();
        String cycleId = cycle.path("id").asText();

        browser.open("method/" + cycleId);
        assertEquals("Metodens ark og afsnit", browser.find("main h1").getText());
        assertEquals("Mit liv – Min plan", browser.find("#method-randers").getText());
        assertEquals("Inspirationsforløb", browser.find("#section-randers-inspirationsforloeb").getText());
        browser.audit("method page, empty");

        // One line, the required start date left out: the server refuses and the page marks that field.
        browser.press(RANDERS + " .actions button:not(.primary)", Keys.ENTER);
        browser.press(RANDERS + " [data-field='entries[0].form']", "Via video");
        browser.press(RANDERS + " [data-field='entries[0].borgerguide']", "Anne");
        browser.press(RANDERS + " button[type=submit]", Keys.ENTER);
        browser.waitUntil("document.querySelector(\"" + RANDERS + " [data-field='entries[0].start']\").getAttribute('aria-invalid') === 'true'");
        assertEquals(0, api.get("/api/cycles/" + cycleId + "/sections/randers/inspirationsforloeb").json()
                .path("version").asInt(), "nothing saved");
        browser.audit("method page, refused");

        // The date set as the date picker sets it, then saved.
        browser.script("const input = document.querySelector(\"" + RANDERS + " [data-field='entries[0].start']\");"
                + " input.value = '2026-12-01'; input.dispatchEvent(new Event('change'));");
        clearAnnouncements();
        browser.press(RANDERS + " button[type=submit]", Keys.ENTER);
        browser.waitUntil("!document.querySelector(\"" + RANDERS + " [aria-invalid]\")"
                + " && document.querySelector('#announcer').textContent === 'Gemt'");
        JsonNode saved = api.get("/api/cycles/" + cycleId + "/sections/randers/inspirationsforloeb").json();
        assertEquals(1, saved.path("version").asInt());
        assertEquals("{\"start\":\"2026-12-01\",\"form\":\"video\",\"borgerguide\":\"Anne\"}",
                saved.path("entries").get(0).toString());
        browser.screenshot("method-page");
    }

    @Test
    void anotherMunicipalitysMethodAddedWhileRunningBringsItsSheetsAndBudget() throws Exception {
        Files.copy(Path.of(onClasspath("dk.borgerplan.method.aarhus-")),
                installation.resolve("addons").resolve("dk.borgerplan.method.aarhus.jar"));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!api.get("/api/methods").json().toString().contains("\"aarhus\"")) {
            assertTrue(System.nanoTime() < deadline, "Aarhus' method within 20 s");
            Thread.sleep(100);
        }
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Livsmester\"}", null, 201).json()
                .path("id").asText();
        JsonNode plan = api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"Jeg vil klare mig selv\", "
                + "\"goals\": [{\"text\": \"Jeg går til svømning\", \"currentScore\": {\"value\": 3}, "
                + "\"expectedScore\": {\"value\": 2}}]}", null, 201).json();
        String cycleId = plan.path("cycleId").asText();
        String ledger = "/api/cycles/" + cycleId + "/sections/aarhus/livsmestermidler";
        api.call("PUT", ledger, "{\"entries\": [{\"dato\": \"2026-01-05\", \"art\": \"bevilling\", "
                + "\"beloeb\": \"1000\"}]}", "\"0\"", 200);

        browser.open("method/" + cycleId);
        browser.waitUntil("document.querySelectorAll('.method').length === 2");
        // The visual dialogue sheet: every prompt with its pictogram; in pictograms only, the words are for screen
        // readers alone.
        String sheet = "[aria-labelledby='sheet-aarhus-mine-oensker']";
        assertEquals(6, browser.all(sheet + " .prompt img.icon").size());
        assertEquals(0, browser.all(sheet + " .group").size(), "no group heading, and no stray text for it");
        browser.press(sheet + " button[aria-pressed]", Keys.ENTER);
        browser.waitUntil("document.querySelector(\"" + sheet + "\").classList.contains('pictograms-only')");
        assertEquals("1px", browser.script("return getComputedStyle(document.querySelector(\"" + sheet
                + " .prompt-text\")).width"));
        browser.press("#sheet-aarhus-mine-oensker-droemme", "Jeg drømmer om at svømme i havet");
        clearAnnouncements();
        browser.press(sheet + " button[type=submit]", Keys.ENTER);
        browser.waitUntil("document.querySelector('#announcer').textContent === 'Gemt'");
        assertEquals("Jeg drømmer om at svømme i havet", api.get("/api/cycles/" + cycleId
                + "/sections/aarhus/sheet-mine-oensker").json().path("entries").get(0).path("droemme").asText());
        browser.audit("method page with Aarhus' sheets, pictograms only");

        // The citizen budget: spending past the grant is refused at the approval field until someone is named.
        String budget = "[aria-labelledby='section-aarhus-livsmestermidler']";
        browser.press(budget + " .actions button:not(.primary)", Keys.ENTER);
        browser.script("const input = document.querySelector(\"" + budget + " [data-field='entries[1].dato']\");"
                + " input.value = '2026-02-01'; input.dispatchEvent(new Event('change'));");
        browser.press(budget + " [data-field='entries[1].art']", "Forbrug");
        browser.press(budget + " [data-field='entries[1].beloeb']", "1200,50");
        browser.press(budget + " [data-field='entries[1].maal']", "Jeg går til svømning");
        browser.press(budget + " button[type=submit]", Keys.ENTER);
        browser.waitUntil("document.querySelector(\"" + budget + " [data-field='entries[1].godkendt-af']\")"
                + ".getAttribute('aria-invalid') === 'true'");
        assertTrue(browser.find(budget + " .field-error").getText().startsWith("Forbruget kommer over det bevilgede"));
        assertEquals(1, api.get(ledger).json().path("version").asInt(), "nothing saved");
        browser.audit("method page, overspend refused");
        browser.press(budget + " [data-field='entries[1].godkendt-af']", "Teamleder");
        browser.press(budget + " button[type=submit]", Keys.ENTER);
        // The figures are drawn from the server's answer: remaining 1000 − 1200.50.
        browser.waitUntil("document.querySelector(\"" + budget + " .figures\").textContent.includes('200,50')");
        JsonNode saved = api.get(ledger).json();
        assertEquals(2, saved.path("version").asInt());
        assertEquals("1200.50", saved.path("entries").get(1).path("beloeb").asText());
        String figures = browser.find(budget + " .figures").getText();
        assertTrue(figures.contains("Tilbage") && figures.matches("(?s).*[-\u2212]200,50.*"), figures);
        browser.screenshot("method-page-aarhus");
    }

    /** The announcer keeps its last words across pages; a wait for "Gemt" must not see an earlier save's. */
    private static void clearAnnouncements() {
        browser.script("document.querySelector('#announcer').textContent = ''");
    }

    private static String onClasspath(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith(prefix) && entry.endsWith(".jar")) {
                return entry;
            }
        }
        return fail(prefix + "*.jar is not on the test classpath");
    }
}
