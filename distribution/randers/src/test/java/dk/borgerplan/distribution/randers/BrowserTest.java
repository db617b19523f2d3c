package dk.borgerplan.distribution.randers;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test class shares: Randers' distribution started by its script in a folder of its own, one
 * headless Chromium with an empty profile logged in as the caseworker through the login page, and the API client
 * with a session of its own — started before the class's tests, stopped after.
 */
abstract class BrowserTest {

    @TempDir
    static Path installation;
    @TempDir
    static Path profile;

    static RunningDistribution server;
    static Browser browser;
    static Api api;

    @BeforeAll
    static void startDistributionAndBrowser() throws Exception {
        server = RunningDistribution.start(installation);
        browser = new Browser(server.base(), profile);
        api = server.api();
        // The caseworker logs in through the login page, as a user does; the session cookie stays in the browser.
        browser.open("login");
        browser.press("#login-username", RunningDistribution.CASEWORKER);
        browser.press("#login-password", server.caseworkerPassword(), org.openqa.selenium.Keys.ENTER);
        browser.awaitRendered("start");
    }

    @AfterAll
    static void stopBrowserAndDistribution() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
