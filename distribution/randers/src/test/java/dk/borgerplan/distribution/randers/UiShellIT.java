package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The browser application's shell in real Chromium: served from the web bundle with its security headers, Danish by
 * default, English through the language switch (remembered), and keyboard reachable from the skip link.
 */
class UiShellIT extends BrowserTest {

    @Test
    void theShellIsServedWithItsHeadersAndRevalidates() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        for (String missing : new String[] {"/app/nope.js", "/app/../etc/x.json", "/app/Index.html"}) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(server.base() + missing)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, refused.statusCode(), missing);
        }
        // An encoded "..": Jetty refuses the ambiguous path itself, before any servlet.
        HttpResponse<String> ambiguous = http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/app/%2e%2e/texts/da/common.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, ambiguous.statusCode());
    }

    @Test
    void danishByDefaultAndEnglishOnRequest() throws Exception {
        browser.open("");
        assertEquals("da", browser.script("return document.documentElement.lang"));
        assertEquals("Mine borgere", browser.find("main h1").getText());
        browser.audit("start (da)");
        browser.find("#language-switch").click();
        browser.waitUntil("document.documentElement.lang === 'en' && document.querySelector('main h1') !== null");
        assertEquals("My citizens", browser.find("main h1").getText());
        browser.find("#language-switch").click();
        browser.waitUntil("document.documentElement.lang === 'da' && document.querySelector('main h1') !== null");
        assertEquals("Mine borgere", browser.find("main h1").getText());
    }
}
