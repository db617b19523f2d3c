package dk.borgerplan.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as resolved, booted in Equinox: it is healthy with its own method plugin, it keeps a citizen and
 * a plan made through HTTP, and after the framework is restarted on the same home directory they are still there.
 * Every test method gets a fresh framework (PerMethod) on the same home, so the second method runs after a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DistributionIT {

    // Decided once when the test JVM loads this class for the configuration: every framework started for this
    // class uses the same home and port. Inside the framework the class is loaded again, so test methods read the
    // port back from the framework (Http.of).
    private static final Path HOME = ResolvedDistribution.freshHome("DistributionIT");
    private static final int PORT = ResolvedDistribution.freePort();

    private static final String CITIZEN_NAME = "Testborger Genstart";
    private static final String PLAN = """
            {"purpose": "Jeg vil bo i min egen lejlighed",
             "goals": [
               {"text": "Jeg laver selv aftensmad to gange om ugen",
                "currentScore": {"value": 3}, "expectedScore": {"value": 2}},
               {"text": "Jeg tager selv bussen til værkstedet",
                "currentScore": {"scale": "fko", "value": 2}, "expectedScore": {"scale": "fko", "value": 1}},
               {"text": "Jeg ser mine venner hver uge",
                "currentScore": {"value": 1}, "expectedScore": {"value": 1}}]}
            """;

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    private Http http;

    @Before
    public void connect() {
        http = Http.of(context);
    }

    @Test
    public void a_isHealthyWithItsOwnMethodAndKeepsACitizenAndAPlan() throws Exception {
        JsonNode health = http.awaitHealthy(30_000).json();
        assertEquals("UP", health.path("status").asText());
        assertEquals("UP", health.path("parts").path("store").path("status").asText());
        // The municipality's method(s), comma-separated: one, or more where a municipality combines methods.
        java.util.List<String> methods = java.util.List.of(System.getProperty("borgerplan.expected.method").split(","));
        for (String method : methods) {
            assertEquals(health.toString(), "UP", health.path("parts").path("method." + method).path("status").asText());
        }
        long otherMethods = java.util.stream.StreamSupport.stream(
                ((Iterable<String>) () -> health.path("parts").fieldNames()).spliterator(), false)
                .filter(part -> part.startsWith("method.") && !methods.contains(part.substring("method.".length())))
                .count();
        assertEquals("only the municipality's own methods are in its distribution", 0, otherMethods);
        JsonNode served = http.get("/api/methods").json();
        java.util.List<String> ids = new java.util.ArrayList<>();
        served.forEach(m -> ids.add(m.path("id").asText()));
        assertEquals(methods.stream().sorted().toList(), ids);
        JsonNode scales = http.get("/api/scales").json();
        java.util.Set<String> scaleIds = new java.util.HashSet<>();
        scales.forEach(scale -> scaleIds.add(scale.path("id").asText()));
        JsonNode allGuides = http.get("/api/guides?phase=DRAFT").json();
        for (JsonNode method : served) {
            String id = method.path("id").asText();
            assertEquals(id + ": the method's four phases", 4, method.path("phases").size());
            assertTrue(id + ": its own guides are served", java.util.stream.StreamSupport
                    .stream(allGuides.spliterator(), false).anyMatch(g -> g.path("source").asText().equals(id)));
            // Randers' sheet "Her er mit liv" is the platform's preparation sheet (PreparationIT); the others bring
            // sheets of their own.
            assertTrue(id + ": sheets", id.equals("randers") || method.path("sheets").size() > 0);
            assertTrue(id + ": sections of the plan", method.path("sections").size() > 0);
            assertTrue(id + ": prefers a scale", method.path("preferredScales").size() > 0);
            method.path("preferredScales").forEach(scale -> assertTrue(id + " prefers a scale the platform has: "
                    + scale, scaleIds.contains(scale.asText())));
        }

        // The icon extender found the basic pack, and its pictures are served with a validator.
        assertEquals("dk.borgerplan.icons.basic",
                health.path("parts").path("icons").path("details").path("packs").get(0).path("id").asText());
        Http.Response smiley = http.get("/api/icons/resource.smiley");
        assertEquals(200, smiley.status());
        assertEquals("image/svg+xml", smiley.header("Content-Type"));
        assertTrue(smiley.body().contains("<svg"));
        assertEquals(304, http.send("GET", "/api/icons/resource.smiley", null,
                java.util.Map.of("If-None-Match", smiley.header("ETag"))).status());

        // The shared question guides every method uses are served with the distribution.
        JsonNode guides = http.get("/api/guides").json();
        java.util.List<String> shared = new java.util.ArrayList<>();
        guides.forEach(g -> {
            if (g.path("source").asText().equals("shared")) {
                shared.add(g.path("id").asText());
            }
        });
        assertEquals(java.util.List.of("mi", "change-talk", "smart"), shared);

        Http.Response citizen = http.post("/api/citizens", "{\"name\": \"" + CITIZEN_NAME + "\"}");
        assertEquals(citizen.body(), 201, citizen.status());
        String citizenId = citizen.json().path("id").asText();
        assertEquals("/api/citizens/" + citizenId, citizen.header("Location"));

        Http.Response plan = http.post("/api/citizens/" + citizenId + "/plans", PLAN);
        assertEquals(plan.body(), 201, plan.status());
        assertEquals("\"1\"", plan.header("ETag"));
        assertGoals(plan.json());

        if (methods.contains("aarhus")) {
            citizenBudgetOverHttp(plan.json());
        }
    }

    /**
     * Aarhus' citizen budget through the API: spending past the grant is refused, naming the entry's approval field,
     * until an approval is recorded; the figures come with the answer.
     */
    private void citizenBudgetOverHttp(JsonNode plan) {
        String ledger = "/api/cycles/" + plan.path("cycleId").asText() + "/sections/aarhus/livsmestermidler";
        String goal = plan.path("goals").get(0).path("id").asText();
        String grant = "{\"dato\": \"2026-01-05\", \"art\": \"bevilling\", \"beloeb\": \"1000\"}";
        String overspend = "{\"dato\": \"2026-02-01\", \"art\": \"forbrug\", \"beloeb\": \"1200.50\", \"maal\": \""
                + goal + "\", \"hvad\": \"Svømmekort\"";
        Http.Response refused = http.put(ledger, "{\"entries\": [" + grant + ", " + overspend + "}]}", "\"0\"");
        assertEquals(refused.body(), 400, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type").split(";")[0]);
        assertEquals("entries[1].godkendt-af", refused.json().path("errors").get(0).path("field").asText());
        assertEquals("\"0\"", http.get(ledger).header("ETag"));

        Http.Response approved = http.put(ledger, "{\"entries\": [" + grant + ", " + overspend
                + ", \"godkendt-af\": \"Teamleder\"}]}", "\"0\"");
        assertEquals(approved.body(), 200, approved.status());
        assertEquals(LEDGER_FIGURES.replace("GOAL", goal), figures(approved.json()));
    }

    private static final String LEDGER_FIGURES = "bevilget=1000.00 brugt=1200.50 brugt-paa-maal:GOAL=1200.50 tilbage=-200.50";

    private static String figures(JsonNode section) {
        java.util.List<String> figures = new java.util.ArrayList<>();
        section.path("summary").forEach(line -> figures.add(line.path("id").asText()
                + (line.path("goal").isTextual() ? ":" + line.path("goal").asText() : "") + "=" + line.path("value").asText()));
        return String.join(" ", figures);
    }

    @Test
    public void b_afterARestartEverythingIsStillThere() throws Exception {
        http.awaitHealthy(30_000);
        JsonNode citizens = http.get("/api/citizens").json();
        assertEquals(1, citizens.path("total").asInt());
        JsonNode citizen = citizens.path("items").get(0);
        assertEquals(CITIZEN_NAME, citizen.path("name").asText());

        Http.Response plans = http.get("/api/citizens/" + citizen.path("id").asText() + "/plans");
        assertEquals(200, plans.status());
        assertEquals(1, plans.json().path("total").asInt());
        String planId = plans.json().path("items").get(0).path("id").asText();

        Http.Response plan = http.get("/api/plans/" + planId);
        assertEquals(200, plan.status());
        assertEquals("\"1\"", plan.header("ETag"));
        assertGoals(plan.json());

        if (java.util.List.of(System.getProperty("borgerplan.expected.method").split(",")).contains("aarhus")) {
            JsonNode ledger = http.get("/api/cycles/" + plan.json().path("cycleId").asText()
                    + "/sections/aarhus/livsmestermidler").json();
            assertEquals(2, ledger.path("entries").size());
            assertEquals("Teamleder", ledger.path("entries").get(1).path("godkendt-af").asText());
            assertEquals(LEDGER_FIGURES.replace("GOAL", plan.json().path("goals").get(0).path("id").asText()),
                    figures(ledger));
        }
    }

    private static void assertGoals(JsonNode plan) {
        assertEquals("Jeg vil bo i min egen lejlighed", plan.path("purpose").asText());
        JsonNode goals = plan.path("goals");
        assertEquals(3, goals.size());
        assertEquals("Jeg tager selv bussen til værkstedet", goals.get(1).path("text").asText());
        assertEquals(2, goals.get(1).path("currentScore").path("value").asInt());
        assertEquals("fko", goals.get(1).path("currentScore").path("scale").asText());
        assertEquals("1", goals.get(1).path("currentScore").path("scaleVersion").asText());
        assertEquals("Lette begrænsninger", goals.get(1).path("expectedScore").path("label").asText());
        assertTrue(goals.get(0).path("expectedScore").path("easyRead").asText().startsWith("Jeg"));
    }
}
