package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (Failsafe runs only *IT classes; distribution/bench/run-ui runs this one): how long until the
 * visual plan is interactive on localhost, and how many bytes of JS and CSS it loads. "Interactive" is the shell's
 * {@code borgerplan:page-rendered} mark: the page is drawn and its handlers are attached. Cold: a new browser
 * profile each run (empty cache). Warm: the same profile again (the files are revalidated, 304). Writes
 * target/ui-load.txt.
 */
class UiLoadBench {

    private static final int RUNS = Integer.getInteger("bench.runs", 10);

    @TempDir
    Path installation;
    @TempDir
    Path profiles;

    @Test
    void visualPlan() throws Exception {
        try (RunningDistribution server = RunningDistribution.start(installation)) {
            Api caseworker = server.api();
            String planId = plan(caseworker);
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            Map<?, ?> bytes = null;
            for (int run = 0; run < RUNS; run++) {
                try (Browser browser = new Browser(server.base(), Files.createDirectories(profiles.resolve("p" + run)))) {
                    signIn(browser, server.base(), caseworker);
                    cold.add(load(browser, planId));
                    bytes = resourceBytes(browser);
                    browser.driver.get("about:blank");
                    warm.add(load(browser, planId));
                }
            }
            String report = String.format(
                    "Visual plan (#/plan/<id>, 3 goals) on localhost, %d runs, headless Chromium%n"
                            + "time to interactive, cold cache: median %.0f ms, max %.0f ms%n"
                            + "time to interactive, warm (revalidated): median %.0f ms, max %.0f ms%n"
                            + "JS + CSS loaded: %s bytes in %s files (JS %s bytes, CSS %s bytes; as sent, uncompressed)%n",
                    RUNS, median(cold), Collections.max(cold), median(warm), Collections.max(warm),
                    bytes.get("total"), bytes.get("files"), bytes.get("js"), bytes.get("css"));
            System.out.print(report);
            Files.writeString(Path.of("target", "ui-load.txt"), report);
        }
    }

    /**
     * The caseworker's session cookie, set on a file that is not part of the application (so the cache stays cold
     * for the page's own JS and CSS): the plan page is for logged-in users only.
     */
    private static void signIn(Browser browser, String base, Api caseworker) {
        browser.driver.get(base + "/app/favicon.svg");
        String[] cookie = caseworker.cookie().split("=", 2);
        browser.driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder(cookie[0], cookie[1]).path("/")
                .isSecure(true).isHttpOnly(true).build());
    }

    private static double load(Browser browser, String planId) {
        browser.open("plan/" + planId);
        browser.waitUntil("performance.getEntriesByName('borgerplan:page-rendered').some(m => m.detail === 'plan')");
        Number at = (Number) browser.script("return performance.getEntriesByName('borgerplan:page-rendered')"
                + ".find(m => m.detail === 'plan').startTime");
        assertNotNull(browser.find("main .page"));
        return at.doubleValue();
    }

    private static Map<?, ?> resourceBytes(Browser browser) {
        return (Map<?, ?>) browser.script("""
                const files = performance.getEntriesByType('resource')
                    .filter(r => /\\.(js|css)(\\?|$)/.test(new URL(r.name).pathname));
                const sum = (list) => list.reduce((s, r) => s + r.decodedBodySize, 0);
                return {files: files.length, total: sum(files),
                        js: sum(files.filter(r => r.name.includes('.js'))),
                        css: sum(files.filter(r => r.name.includes('.css')))};
                """);
    }

    /** A citizen with a visual plan of three goals and a few icons, made through the API. */
    private static String plan(Api api) {
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Måling\"}", null, 201).json()
                .path("id").asText();
        String goals = String.join(",", List.of(goal("Jeg laver selv mad to gange om ugen", 2, 1),
                goal("Jeg tager bussen alene til arbejde", 3, 2), goal("Jeg ringer selv til min søster", 1, 1)));
        return api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"At jeg kan klare mere selv\", "
                + "\"resourceField\": [{\"text\": \"Jeg er god til musik\", \"icons\": [\"interest.music\"]}], "
                + "\"goals\": [" + goals + "]}", null, 201).json().path("id").asText();
    }

    private static String goal(String text, int now, int expected) {
        return "{\"text\": " + Api.quote(text) + ", \"currentScore\": {\"value\": " + now
                + "}, \"expectedScore\": {\"value\": " + expected + "}}";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
