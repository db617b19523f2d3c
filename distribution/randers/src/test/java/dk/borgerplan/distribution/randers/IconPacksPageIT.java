package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The icon pack administration page (issue #5) in Chromium, driven by the keyboard: a pack built by the test is
 * uploaded, listed with its licence and count, moved above the basic pack (its icon is then served), disabled (the
 * basic pack's icon is served again), a broken pack is refused with its problem and nothing changes, the pack is
 * removed after a confirmation, and every action is in the log.
 */
class IconPacksPageIT extends BrowserTest {

    private static final String PACK = "dk.test.icons.ui";
    private static final String CONCEPT = "interest.music";

    @Test
    void anAdministratorSwapsAPackWhileThePlatformRuns() throws Exception {
        // The administrator logs in (in place of the caseworker) and lands on the administration.
        Api api = server.admin();
        browser.open("login");
        browser.press("#login-username", RunningDistribution.ADMINISTRATOR);
        browser.press("#login-password", server.administratorPassword(), Keys.ENTER);
        browser.awaitRendered("icon-packs");
        browser.open("icon-packs");
        assertEquals("Ikonpakker", browser.find("main h1").getText());
        assertEquals(1, browser.all(".packs > li").size());
        assertTrue(browser.find(".packs > li").getText().contains("CC BY 4.0"));
        browser.audit("icon packs");

        Path jar = Files.write(profile.resolve("pack.jar"), TestPackJar.of(PACK, "1.0.0").icon(CONCEPT, "#c00")
                .icon("test.ui-cirkel", "#c00").bytes());
        browser.find("#pack-file").sendKeys(jar.toString());
        browser.press(".upload button[type=submit]", Keys.ENTER);
        browser.waitUntil("document.querySelectorAll('.packs > li').length === 2");
        String listed = browser.find(".packs > li[data-pack='" + PACK + "']").getText();
        assertTrue(listed.contains("CC0 1.0") && listed.contains("Aktiv"), listed);
        assertTrue(browser.find(".feedback").getText().contains("1.0.0"));
        assertEquals("dk.borgerplan.icons.basic", packOf(CONCEPT), "the basic pack is first");

        browser.press(".packs > li[data-pack='" + PACK + "'] .up", Keys.ENTER);
        browser.waitUntil("document.querySelector('.packs > li').dataset.pack === '" + PACK + "'");
        assertEquals(PACK, packOf(CONCEPT), "moved first, its icon is served");
        browser.screenshot("icon-packs");

        browser.press(".packs > li[data-pack='" + PACK + "'] .disable", Keys.ENTER);
        browser.waitUntil("document.querySelector('.packs > li[data-pack=\"" + PACK + "\"]').classList.contains('disabled')");
        assertEquals("dk.borgerplan.icons.basic", packOf(CONCEPT), "disabled, the basic pack's icon again");

        // A broken pack (no licence) is refused with its problem; the list is unchanged.
        Path broken = Files.write(profile.resolve("broken.jar"), TestPackJar.of(PACK, "2.0.0").withoutLicence()
                .icon(CONCEPT, "#000").bytes());
        browser.find("#pack-file").sendKeys(broken.toString());
        browser.press(".upload button[type=submit]", Keys.ENTER);
        browser.visible(".upload .error-box");
        assertTrue(browser.find(".upload .error-box").getText().contains("licence"),
                browser.find(".upload .error-box").getText());
        JsonNode packs = api.get("/api/admin/icon-packs").json();
        assertEquals(2, packs.size());
        assertEquals("1.0.0", packs.get(0).path("version").asText());
        browser.audit("icon packs, a pack refused");
        browser.screenshot("icon-packs-refused");

        browser.press(".packs > li[data-pack='" + PACK + "'] .remove", Keys.ENTER);
        browser.visible("dialog.confirm[open]");
        browser.audit("icon packs, confirm removal");
        browser.press("dialog.confirm .confirm-remove", Keys.ENTER);
        browser.waitUntil("document.querySelectorAll('.packs > li').length === 1");
        assertEquals(1, api.get("/api/admin/icon-packs").json().size());

        String log = browser.find(".log-table").getText();
        for (String words : new String[] {"Lagt ind", "Rækkefølge ændret", "Deaktiveret", "Afvist", "Fjernet"}) {
            assertTrue(log.contains(words), words + " in the log:\n" + log);
        }
        assertEquals(5, browser.all(".log-table tbody tr").size());
    }

    private static String packOf(String concept) {
        for (JsonNode icon : api.get("/api/icons").json()) {
            if (icon.path("concept").asText().equals(concept)) {
                return icon.path("pack").asText();
            }
        }
        return null;
    }
}
