package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The method page in Chromium: what Randers' method adds to the plan (the inspiration course) drawn from
 * /api/methods as a table with an input per field by its kind; a refusal marks the field it names, and a corrected
 * entry is saved, as the API then shows.
 */
class MethodPageIT extends BrowserTest {

    @Test
    void aMethodsSectionIsFilledInAndARefusalMarksItsField() throws Exception {
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Metode\"}", null, 201).json().path("id")
                .asText();
        JsonNode cycle = api.post("/api/citizens/" + citizen + "/cycles", null, null, 201).json();
        String cycleId = cycle.path("id").asText();

        browser.open("method/" + cycleId);
        assertEquals("Metodens ark og afsnit", browser.find("main h1").getText());
        assertEquals("Mit liv – Min plan", browser.find(".method h2").getText());
        assertEquals("Inspirationsforløb", browser.find(".method-section h3").getText());
        browser.audit("method page, empty");

        // One line, the required start date left out: the server refuses and the page marks that field.
        browser.press(".method-section .actions button:not(.primary)", Keys.ENTER);
        browser.press("[data-field='entries[0].form']", "Via video");
        browser.press("[data-field='entries[0].borgerguide']", "Anne");
        browser.press(".method-section button[type=submit]", Keys.ENTER);
        browser.waitUntil("document.querySelector(\"[data-field='entries[0].start']\").getAttribute('aria-invalid') === 'true'");
        assertEquals(0, api.get("/api/cycles/" + cycleId + "/sections/randers/inspirationsforloeb").json()
                .path("version").asInt(), "nothing saved");
        browser.audit("method page, refused");

        // The date set as the date picker sets it, then saved.
        browser.script("const input = document.querySelector(\"[data-field='entries[0].start']\");"
                + " input.value = '2026-12-01'; input.dispatchEvent(new Event('change'));");
        browser.press(".method-section button[type=submit]", Keys.ENTER);
        browser.waitUntil("!document.querySelector('.method-section [aria-invalid]')"
                + " && document.querySelector('#announcer').textContent === 'Gemt'");
        JsonNode saved = api.get("/api/cycles/" + cycleId + "/sections/randers/inspirationsforloeb").json();
        assertEquals(1, saved.path("version").asInt());
        assertEquals("{\"start\":\"2026-12-01\",\"form\":\"video\",\"borgerguide\":\"Anne\"}",
                saved.path("entries").get(0).toString());
        browser.screenshot("method-page");
    }
}
