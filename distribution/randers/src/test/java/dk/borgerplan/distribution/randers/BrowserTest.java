package dk.borgerplan.distribution.randers;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test class shares: Randers' distribution started by its script in a folder of its own, one
 * headless Chromium with an empty profile, and the API client — started before the class's tests, stopped after.
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
        api = new Api(server.base());
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
