package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import dk.borgerplan.accounts.Role;
import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * Icon packs come and go while the platform runs, without a restart: installed, updated, ordered, disabled and
 * removed through the admin API and through the addons folder, overridden by single files in etc/icons/, refused
 * when broken, and a concept no pack draws shown as its label.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IconPackIT {

    private static final Path HOME = ResolvedDistribution.freshHome("IconPackIT");
    private static final int PORT = ResolvedDistribution.freePort();
    private static final String ADMIN = "/api/admin/icon-packs";
    private static final String CONCEPT = "theme.egenomsorg";
    private static final String JAR = "application/java-archive";

    @Configuration
    public Option[] configuration() throws IOException {
        Option[] options = ResolvedDistribution.ofThisModule().options(HOME, PORT);
        Files.createDirectories(HOME.resolve("addons"));
        return options;
    }

    @Inject
    private BundleContext context;

    private Http http;

    private Http.Response upload(byte[] jar) {
        return http.sendBytes("POST", ADMIN, jar, Map.of("Content-Type", JAR));
    }

    /** Waits until the picture of {@code CONCEPT} satisfies {@code condition}; returns that answer. */
    private Http.Response awaitIcon(Predicate<Http.Response> condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        Http.Response last = http.get("/api/icons/" + CONCEPT);
        while (!condition.test(last) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            last = http.get("/api/icons/" + CONCEPT);
        }
        assertTrue(what + ": " + last.status() + " " + last.body(), condition.test(last));
        return last;
    }

    private static Predicate<Http.Response> drawnIn(String colour) {
        return response -> response.status() == 200 && response.body().contains("fill=\"" + colour + "\"");
    }

    private JsonNode pack(String id) {
        for (JsonNode pack : http.get(ADMIN).json()) {
            if (pack.path("id").asText().equals(id)) {
                return pack;
            }
        }
        return null;
    }

    @Test
    public void packsComeAndGoWithoutARestart() throws Exception {
        http = Http.of(context, Role.ADMINISTRATOR);
        // Inside the framework this class is loaded again: the home is the one the framework was given.
        Path home = Path.of(context.getProperty("borgerplan.home"));
        http.awaitHealthy(30_000);
        Http.Response shipped = http.get("/api/icons/" + CONCEPT);
        assertEquals(200, shipped.status());

        // Install a pack through the admin API: served and listed as soon as the answer comes.
        Http.Response installed = upload(TestPackJar.of("dk.test.icons.a", "1.0.0").rank(10)
                .icon(CONCEPT, "#c00").icon("test.kun-a", "#c00").bytes());
        assertEquals(installed.body(), 201, installed.status());
        assertEquals("1.0.0", installed.json().path("version").asText());
        assertEquals("active", installed.json().path("state").asText());
        Http.Response v1 = awaitIcon(drawnIn("#c00"), "pack a 1.0.0 is served");
        assertEquals("no-cache", v1.header("Cache-Control"));
        JsonNode listed = http.get("/api/icons?theme=test").json();
        assertEquals(2, listed.size());
        assertEquals("dk.test.icons.a", listed.get(0).path("pack").asText());
        JsonNode a = pack("dk.test.icons.a");
        assertEquals("CC0 1.0", a.path("licence").asText());
        assertEquals(2, a.path("icons").asInt());
        assertEquals(1, a.path("position").asInt());

        // A new version: the new picture under a new ETag; the old ETag no longer matches.
        assertEquals(200, upload(TestPackJar.of("dk.test.icons.a", "1.1.0").rank(10).icon(CONCEPT, "#0c0")
                .icon("test.kun-a", "#0c0").bytes()).status());
        Http.Response v2 = awaitIcon(drawnIn("#0c0"), "pack a 1.1.0 is served");
        assertNotEquals(v1.header("ETag"), v2.header("ETag"));
        assertEquals(200, http.send("GET", "/api/icons/" + CONCEPT, (String) null,
                Map.of("If-None-Match", v1.header("ETag"))).status());
        assertEquals(304, http.send("GET", "/api/icons/" + CONCEPT, (String) null,
                Map.of("If-None-Match", v2.header("ETag"))).status());

        // A second pack dropped into addons/, put first by the administrator, wins.
        Path dropped = home.resolve("addons/dk.test.icons.b.jar");
        Path landing = Files.write(home.resolve("b.jar"),
                TestPackJar.of("dk.test.icons.b", "1.0.0").icon(CONCEPT, "#00c").bytes());
        Files.move(landing, dropped, StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.currentTimeMillis() + 10_000;
        while (pack("dk.test.icons.b") == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue("pack b from addons/ is installed", pack("dk.test.icons.b") != null);
        awaitIcon(drawnIn("#0c0"), "pack a's higher rank wins before the administrator orders the packs");
        Http.Response ordered = http.put(ADMIN + "/order", "{\"order\": [\"dk.test.icons.b\", \"dk.test.icons.a\"]}",
                null);
        assertEquals(ordered.body(), 200, ordered.status());
        assertEquals("dk.test.icons.b", ordered.json().get(0).path("id").asText());
        assertTrue(drawnIn("#00c").test(http.get("/api/icons/" + CONCEPT))); // at once, not eventually
        assertTrue(Files.readString(home.resolve("etc/dk.borgerplan.icons.cfg"))
                .contains("pack.order=dk.test.icons.b,dk.test.icons.a"));

        // An order naming a pack that is not installed is refused, naming the field.
        Http.Response badOrder = http.put(ADMIN + "/order", "{\"order\": [\"dk.test.icons.b\", \"dk.no.such\"]}",
                null);
        assertEquals(400, badOrder.status());
        assertEquals("order[1]", badOrder.json().path("errors").get(0).path("field").asText());

        // Removed, the first pack is served again at once.
        assertEquals(204, http.send("DELETE", ADMIN + "/dk.test.icons.b", (String) null, Map.of()).status());
        assertTrue(drawnIn("#0c0").test(http.get("/api/icons/" + CONCEPT)));

        // A broken pack is refused with the reason, and the old state is served.
        Http.Response broken = upload(TestPackJar.of("dk.test.icons.a", "2.0.0").withoutLicence().icon(CONCEPT, "#000")
                .bytes());
        assertEquals(broken.body(), 400, broken.status());
        assertEquals("body", broken.json().path("errors").get(0).path("field").asText());
        assertTrue(broken.body(), broken.json().path("detail").asText().contains("licence"));
        Http.Response notAJar = http.sendBytes("POST", ADMIN, "hello".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", JAR));
        assertEquals(400, notAJar.status());
        assertEquals(415, http.sendBytes("POST", ADMIN, new byte[] {1}, Map.of("Content-Type", "text/plain"))
                .status());
        assertEquals("1.1.0", pack("dk.test.icons.a").path("version").asText());
        assertTrue(drawnIn("#0c0").test(http.get("/api/icons/" + CONCEPT)));

        // Disabled, the shipped pack shows again; enabled, the pack is back.
        Http.Response disabled = http.post(ADMIN + "/dk.test.icons.a/disable", null);
        assertEquals(disabled.body(), 200, disabled.status());
        assertEquals("disabled", disabled.json().path("state").asText());
        assertEquals(shipped.header("ETag"), http.get("/api/icons/" + CONCEPT).header("ETag"));
        assertEquals(200, http.post(ADMIN + "/dk.test.icons.a/enable", null).status());
        assertTrue(drawnIn("#0c0").test(http.get("/api/icons/" + CONCEPT)));

        // A single file in etc/icons/ overrides one icon, within a second; a bad one is ignored.
        Path overrides = Files.createDirectories(home.resolve("etc/icons"));
        Files.writeString(overrides.resolve("theme.mobilitet.svg"), "<svg><script>alert(1)</script></svg>");
        Files.writeString(overrides.resolve(CONCEPT + ".svg"), TestPackJar.svg("#fa0"));
        Http.Response overridden = awaitIcon(drawnIn("#fa0"), "the override file is served");
        assertEquals(200, http.get("/api/icons/theme.mobilitet").status());
        assertTrue(!http.get("/api/icons/theme.mobilitet").body().contains("script"));
        Files.delete(overrides.resolve(CONCEPT + ".svg"));
        awaitIcon(drawnIn("#0c0"), "without the override file, the pack's picture is back");
        assertNotEquals(overridden.header("ETag"), http.get("/api/icons/" + CONCEPT).header("ETag"));

        // The shipped pack cannot be removed (it can be disabled).
        String basic = http.get(ADMIN).json().get(1).path("id").asText();
        assertEquals(409, http.send("DELETE", ADMIN + "/" + basic, (String) null, Map.of()).status());

        // No pack left that draws the concept: its label in a neutral frame.
        assertEquals(204, http.send("DELETE", ADMIN + "/dk.test.icons.a", (String) null, Map.of()).status());
        assertEquals(200, http.post(ADMIN + "/" + basic + "/disable", null).status());
        Http.Response label = http.get("/api/icons/" + CONCEPT);
        assertEquals(200, label.status());
        assertEquals("image/svg+xml", label.header("Content-Type"));
        assertEquals("no-cache", label.header("Cache-Control"));
        assertTrue(label.header("ETag"), label.header("ETag").startsWith("\"label-"));
        assertTrue(label.body(), label.body().contains("Egenomsorg"));
        assertEquals(404, http.get("/api/icons/Not-A-Concept").status());
        assertEquals(200, http.post(ADMIN + "/" + basic + "/enable", null).status());
        assertEquals(shipped.header("ETag"), http.get("/api/icons/" + CONCEPT).header("ETag"));

        // Every action is recorded: who, what, when.
        JsonNode log = http.get(ADMIN + "/log").json();
        assertTrue(log.toString(), log.size() >= 10);
        assertEquals(http.accountId(), log.get(0).path("actor").asText());
        assertEquals("upload", log.get(0).path("action").asText());
        assertTrue(log.get(0).path("time").asText().endsWith("Z"));
        assertTrue(Files.exists(home.resolve("data/icon-packs-log.jsonl")));
    }
}
