package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

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

import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * A citizen's details through the API: the CPR number is validated, shown masked everywhere, unmasked only where a
 * user asks for it, never in a URL, never echoed in an error; one citizen per CPR number. And the wheel's themes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CitizenIT {

    private static final Path HOME = ResolvedDistribution.freshHome("CitizenIT");
    private static final int PORT = ResolvedDistribution.freePort();

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    @Test
    public void theCprNumberIsMaskedUnlessAskedForAndRegisteredOnce() throws Exception {
        Http http = Http.of(context);
        http.awaitHealthy(30_000);
        Http.Response created = http.post("/api/citizens", """
                {"name": "Testborger CPR", "cprNumber": "010170-1234", "targetGroups": ["AUTISM"],
                 "actingMunicipality": "730", "payingMunicipality": "730", "look": "NEUTRAL",
                 "visualPlanOptOut": false}""");
        assertEquals(created.body(), 201, created.status());
        assertFalse("never in a URL", created.header("Location").contains("1234"));
        assertFalse(created.body().contains("1234"));
        JsonNode citizen = created.json();
        assertEquals("010170-xxxx", citizen.path("cprNumber").asText());
        assertEquals("AUTISM", citizen.path("targetGroups").get(0).asText());
        assertEquals("NEUTRAL", citizen.path("look").asText());
        String path = "/api/citizens/" + citizen.path("id").asText();

        assertEquals("010170-xxxx", http.get(path).json().path("cprNumber").asText());
        assertFalse(http.get("/api/citizens").body().contains("1234"));
        Http.Response shown = http.get(path + "/cpr");
        assertEquals(200, shown.status());
        assertEquals("0101701234", shown.json().path("cprNumber").asText());
        assertEquals("no-store", shown.header("Cache-Control"));

        Http.Response again = http.post("/api/citizens", "{\"name\": \"Anden\", \"cprNumber\": \"0101701234\"}");
        assertEquals(again.body(), 409, again.status());
        assertTrue(again.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("cprNumber", again.json().path("errors").get(0).path("field").asText());
        assertFalse(again.body().contains("1234"));
    }

    @Test
    public void aBadCprNumberOrAnUnknownTargetGroupIsNamedAndNotEchoed() throws Exception {
        Http http = Http.of(context);
        http.awaitHealthy(30_000);
        Http.Response badDate = http.post("/api/citizens", "{\"name\": \"X\", \"cprNumber\": \"310299-5678\"}");
        assertEquals(400, badDate.status());
        assertEquals("cprNumber", badDate.json().path("errors").get(0).path("field").asText());
        assertEquals("cprDate", badDate.json().path("errors").get(0).path("rule").asText());
        assertFalse(badDate.body().contains("310299"));

        Http.Response badFormat = http.post("/api/citizens", "{\"name\": \"X\", \"cprNumber\": \"12-34\"}");
        assertEquals("cprFormat", badFormat.json().path("errors").get(0).path("rule").asText());

        Http.Response group = http.post("/api/citizens", "{\"name\": \"X\", \"targetGroups\": [\"DEMENTIA\"]}");
        assertEquals(group.body(), 400, group.status());
        assertEquals("targetGroups[0]", group.json().path("errors").get(0).path("field").asText());
        assertFalse(group.body().contains("DEMENTIA"));
    }

    @Test
    public void theWheelHasTheSixLifeThemesWithTheirReferences() throws Exception {
        Http http = Http.of(context);
        http.awaitHealthy(30_000);
        JsonNode themes = http.get("/api/themes").json();
        assertEquals(6, themes.size());
        assertEquals("Egenomsorg", themes.get(0).path("label").asText());
        assertEquals("urn:oid:1.2.208.176.2.22", themes.get(0).path("ref").path("system").asText());
        assertEquals("20240530", themes.get(0).path("ref").path("version").asText());
        assertEquals("theme.egenomsorg", themes.get(0).path("icon").asText());
        assertTrue(themes.get(0).path("subThemes").size() > 0);
        JsonNode english = Http.of(context).send("GET", "/api/themes", null,
                java.util.Map.of("Accept-Language", "en")).json();
        assertEquals("Self-care", english.get(0).path("label").asText());
    }
}
