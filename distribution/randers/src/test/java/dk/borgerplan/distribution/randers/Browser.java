package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium (/usr/bin/chromium, driven by /usr/bin/chromedriver; nothing is downloaded) on a
 * running distribution. Pages are opened by their hash route; every page can be audited with axe-core (WCAG 2.1 A
 * and AA, 0 violations allowed) and kept as a screenshot in {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    /** A 1280×900 window (a laptop in the meeting room); see {@link #resize}. */
    Browser(String base, Path profile) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("borgerplan.chromium", "/usr/bin/chromium"));
        // Flags for a closed network and a container: no background calls home, no sandbox as root, no GPU.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=da-DK", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("borgerplan.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /**
     * Opens {@code #/<route>} and waits until that page has rendered (or shown its error): a new mark from the shell
     * for that page, in a new document or after the ones the current document had.
     */
    void open(String route) {
        String page = route.isEmpty() ? "start" : route.split("/")[0];
        String marks = "performance.getEntriesByName('borgerplan:page-rendered')";
        Object before = driver.getCurrentUrl().startsWith(base)
                ? driver.executeScript("return [performance.timeOrigin, " + marks + ".length]") : null;
        String url = base + "/#/" + route;
        if (url.equals(driver.getCurrentUrl())) {
            driver.navigate().refresh(); // the same address again would be no navigation at all
        } else {
            driver.get(url);
        }
        Object origin = before == null ? -1 : ((List<?>) before).get(0);
        Object count = before == null ? 0 : ((List<?>) before).get(1);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (performance.timeOrigin !== arguments[0] || " + marks + ".length > arguments[1])"
                        + " && " + marks + ".at(-1)?.detail === arguments[2]", origin, count, page)));
        awaitPage();
    }

    /** Waits for the current route's page to be in place. */
    void awaitPage() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('main > .page') !== null && document.readyState === 'complete'")));
    }

    /** Waits until the shell has rendered {@code page} (pages/<page>.js) last, e.g. after following a link. */
    void awaitRendered(String page) {
        waitUntil("performance.getEntriesByName('borgerplan:page-rendered').at(-1)?.detail === '" + page + "'");
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks {@code css} after scrolling it to the middle of the window (clear of sticky bars), as a user would. */
    void click(String css) {
        WebElement element = find(css);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Moves the keyboard focus to {@code css} and presses {@code keys} there, as a keyboard user does. */
    void press(String css, CharSequence... keys) {
        Object found = driver.executeScript("const e = document.querySelector(arguments[0]);"
                + " if (e) { e.scrollIntoView({block: 'center'}); e.focus(); } return e !== null && document.activeElement === e;", css);
        assertEquals(Boolean.TRUE, found, css + " has the keyboard focus");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until {@code css} matches a visible element, and returns it. */
    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitUntil(String javascriptCondition) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return " + javascriptCondition)));
    }

    Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** axe-core on the page as it is now: fails with every violation, its rule, help and the elements it found. */
    void audit(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertEquals(0, violations.size(), "axe-core on " + page + ":\n" + report);
    }

    /** The visible window as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The whole page (not only the window) as a screenshot, by resizing the window to the page's height. */
    Path fullScreenshot(String name) throws IOException {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        Number height = (Number) script("return document.documentElement.scrollHeight");
        resize(before.getWidth(), Math.min(4000, height.intValue() + 140));
        try {
            return screenshot(name);
        } finally {
            resize(before.getWidth(), before.getHeight());
        }
    }

    /** The page printed by the browser (its print styles) as {@code target/screenshots/<name>.pdf}. */
    Path print(String name, PrintOptions options) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Pdf pdf = driver.print(options);
        Path file = SCREENSHOTS.resolve(name + ".pdf");
        Files.write(file, Base64.getDecoder().decode(pdf.getContent()));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
