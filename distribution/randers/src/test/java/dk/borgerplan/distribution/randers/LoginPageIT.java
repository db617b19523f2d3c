package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.Keys;

/**
 * Login in Chromium, as a new user meets it: a caseworker made by the administrator logs in with the one-time
 * password, is taken to "Vælg din adgangskode" whatever page was asked for, chooses a password (a mismatch and a too
 * short one are marked at their fields), reaches the start page with name and role in the header, logs out, and a
 * wrong password afterwards says only that username or password is wrong; then a citizen's page "Hvem har set
 * oplysningerne" lists another caseworker's accesses by role and organisation. Every state is checked with axe-core.
 */
class LoginPageIT extends BrowserTest {

    @Test
    void aNewCaseworkerLogsInChoosesAPasswordAndLogsOut() throws Exception {
        JsonNode mette = server.admin().post("/api/admin/accounts", "{\"username\": \"mette\", \"displayName\": "
                + "\"Mette Sagsbehandler\", \"role\": \"CASEWORKER\", \"organisation\": \"Randers Kommune\"}", null, 201)
                .json();
        String oneTime = mette.path("oneTimePassword").asText();
        // Mette works in Team Syd: she reaches the citizens in the team's caseload.
        server.admin().put("/api/admin/accounts/" + mette.path("account").path("id").asText() + "/teams",
                "{\"teams\": [\"Team Syd\"]}", null);
        // The class's caseworker logs out first (with the session's CSRF token, as the page does).
        assertEquals(204L, browser.script("return fetch('/api/session').then(r => r.json()).then(s => fetch("
                + "'/api/session', {method: 'DELETE', headers: {'X-CSRF-Token': s.csrfToken}})).then(r => r.status)"));
        browser.open("login");
        assertEquals("Log ind", browser.find("main h1").getText());
        browser.audit("login");

        browser.press("#login-username", "mette");
        browser.press("#login-password", oneTime, Keys.ENTER);
        browser.awaitRendered("password");
        assertEquals("Vælg din adgangskode", browser.find("main h1").getText());
        long marks = (Long) browser.script("return performance.getEntriesByName('borgerplan:page-rendered').length");
        browser.script("location.hash = '#/citizen-new'");
        browser.waitUntil("performance.getEntriesByName('borgerplan:page-rendered').length > " + marks
                + " && performance.getEntriesByName('borgerplan:page-rendered').at(-1).detail === 'password'");
        assertEquals("Vælg din adgangskode", browser.find("main h1").getText(), "no other page before the password");
        browser.audit("choose a password");

        browser.press("#password-current", oneTime);
        browser.press("#password-new", "kort");
        browser.press("#password-repeat", "kort", Keys.ENTER);
        browser.waitUntil("document.querySelector('#password-new').getAttribute('aria-invalid') === 'true'");
        assertTrue(browser.find("[data-field='newPassword'] .field-error").getText().contains("mindst 12 tegn"));
        browser.audit("choose a password, too short");
        browser.script("document.querySelector('#password-new').value = ''; "
                + "document.querySelector('#password-repeat').value = '';");
        browser.press("#password-new", "mettes egen adgangskode");
        browser.press("#password-repeat", "mettes egen adgangskode", Keys.ENTER);
        browser.awaitRendered("start");
        assertTrue(browser.find("#user").getText().contains("Mette Sagsbehandler (Sagsbehandler)"),
                browser.find("#user").getText());
        browser.screenshot("logged-in");

        browser.press("#user .logout", Keys.ENTER);
        browser.awaitRendered("login");
        browser.press("#login-username", "mette");
        browser.press("#login-password", "forkert adgangskode", Keys.ENTER);
        browser.waitUntil("document.querySelector('.login-form .error-box') !== null");
        assertTrue(browser.find(".login-form .error-box").getText().contains("Forkert brugernavn eller adgangskode"),
                browser.find(".login-form .error-box").getText());
        browser.audit("login refused");
        browser.screenshot("login-refused");
        browser.press("#login-password", "mettes egen adgangskode", Keys.ENTER);
        browser.awaitRendered("start");

        // Who has seen a citizen's information: what another caseworker did is listed by role and organisation.
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Adgangslog\"}", null, 201).json()
                .path("id").asText();
        api.get("/api/citizens/" + citizen);
        api.post("/api/citizens/" + citizen + "/relationships", "{\"kind\": \"TEAM\", \"team\": \"Team Syd\"}", null,
                201);
        browser.open("citizen/" + citizen);
        browser.click("a[href='#/access-log/" + citizen + "']");
        browser.awaitRendered("access-log");
        assertEquals("Hvem har set oplysningerne", browser.find("main h1").getText());
        // The registration, the read above, and Mette's own look at the citizen page.
        assertTrue(browser.all(".access-log tbody tr").size() >= 3, browser.find(".access-log").getText());
        String first = browser.find(".access-log tbody tr").getText();
        assertTrue(first.contains("Sagsbehandler, Randers Kommune") && first.contains("Oprettelse af borgeren")
                && first.contains("Skrevet eller ændret"), first);
        assertTrue(!browser.find(".access-log").getText().contains("Sanne"), "staff by role, not by name");
        // Who may see the information: the registering caseworker's caseload and Team Syd; Mette adds Team Nord.
        String relationships = browser.find(".relationship-list").getText();
        assertTrue(relationships.contains("Sagsbehandler: Sanne Sagsbehandler") && relationships.contains("Team Syd"),
                relationships);
        browser.press("#grant-name", "Team Nord", Keys.ENTER);
        browser.waitUntil("document.querySelector('.relationship-list').textContent.includes('Team Nord')");
        assertEquals(2, api.get("/api/citizens/" + citizen + "/relationships").json().path("items").findValues("team")
                .stream().filter(team -> !team.isNull()).count());
        browser.audit("access log");
        browser.screenshot("access-log");

        // A contact person of the citizen's offer: the citizen page shows the goals her offer works on, no more.
        String karinOneTime = server.admin().post("/api/admin/accounts", "{\"username\": \"karin\", \"displayName\": "
                + "\"Karin Kontaktperson\", \"role\": \"CONTACT_PERSON\", \"organisation\": \"Bostedet Engen\"}", null,
                201).json().path("oneTimePassword").asText();
        JsonNode shared = api.post("/api/citizens", "{\"name\": \"Testborger Delt\", \"offers\": [{\"kind\": "
                + "\"RESIDENTIAL\", \"name\": \"Bofællesskab\", \"provider\": \"Bostedet Engen\"}, {\"kind\": \"DAY\", "
                + "\"name\": \"Værksted\", \"provider\": \"Værkstedet Nord\"}]}", null, 201).json();
        String sharedId = shared.path("id").asText();
        Api.Answer cycle = api.post("/api/citizens/" + sharedId + "/cycles", null, null, 201);
        api.post("/api/cycles/" + cycle.json().path("id").asText() + "/transitions", "{\"to\": \"PLAN_MEETING\"}",
                cycle.etag(), 200);
        api.post("/api/citizens/" + sharedId + "/plans", "{\"purpose\": \"Jeg vil bo godt\", \"goals\": ["
                + "{\"text\": \"Jeg laver mad\", \"currentScore\": {\"value\": 3}, \"expectedScore\": {\"value\": 2},"
                + " \"offerIds\": [\"" + shared.path("offers").get(0).path("id").asText() + "\"]},"
                + "{\"text\": \"Jeg passer mit arbejde\", \"currentScore\": {\"value\": 3}, \"expectedScore\":"
                + " {\"value\": 2}, \"offerIds\": [\"" + shared.path("offers").get(1).path("id").asText() + "\"]}]}",
                null, 201);
        firstLoginAfterLogout("karin", karinOneTime);
        // Only a caseworker registers citizens: no "Ny borger" for her; her offer's citizen is found.
        assertTrue(browser.all(".new-citizen").isEmpty(), "no registration for a contact person");
        browser.waitUntil("document.querySelector('.citizen-list')?.textContent.includes('Testborger Delt')");
        browser.open("citizen/" + sharedId);
        String goals = browser.find(".shared-goals").getText();
        assertTrue(goals.contains("Jeg laver mad") && !goals.contains("Jeg passer mit arbejde"), goals);
        assertTrue(!browser.find("main").getText().contains("Jeg vil bo godt"), "not the rest of the plan");
        browser.audit("citizen page shared with an offer");
        browser.screenshot("shared-goals");
        browser.click(".shared-goals a");
        browser.awaitRendered("staircase");

        // A peer guide searches no citizens: the start page says what she has instead of failing.
        String piaOneTime = server.admin().post("/api/admin/accounts", "{\"username\": \"pia\", \"displayName\": "
                + "\"Pia Borgerguide\", \"role\": \"PEER_GUIDE\"}", null, 201).json().path("oneTimePassword").asText();
        firstLoginAfterLogout("pia", piaOneTime);
        assertTrue(browser.find("main .intro").getText().contains("borgerguide"), browser.find("main").getText());
        assertTrue(browser.all("#citizen-search").isEmpty() && browser.all(".error-box").isEmpty());
        browser.audit("start page of a peer guide");
    }

    /** Logs out whoever is logged in, then {@code username}'s first login: the one-time password, then her own. */
    private static void firstLoginAfterLogout(String username, String oneTimePassword) {
        browser.press("#user .logout", Keys.ENTER);
        browser.awaitRendered("login");
        browser.press("#login-username", username);
        browser.press("#login-password", oneTimePassword, Keys.ENTER);
        browser.awaitRendered("password");
        browser.press("#password-current", oneTimePassword);
        browser.press("#password-new", username + "s egen adgangskode");
        browser.press("#password-repeat", username + "s egen adgangskode", Keys.ENTER);
        browser.awaitRendered("start");
    }
}
