package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import org.junit.Before;
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
import dk.borgerplan.plan.CitizenService;
import dk.borgerplan.plan.PlanService;

/**
 * Bad input through the real HTTP API of Randers' distribution: every case answers 400 (or the fitting 4xx) with an
 * application/problem+json body that names the field, never a 500 or a stack trace, never the value sent — and
 * nothing is saved. The plan model's services are injected to check the last point directly.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiBadInputIT {

    private static final Path HOME = ResolvedDistribution.freshHome("ApiBadInputIT");
    private static final int PORT = ResolvedDistribution.freePort();

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    @Inject
    private CitizenService citizens;

    @Inject
    private PlanService plans;

    private Http http;
    private String citizenId;

    private static final String GOOD_GOAL = "{\"text\": \"Jeg går en tur hver dag\", \"currentScore\": {\"value\": 2}, "
            + "\"expectedScore\": {\"value\": 1}}";

    @Before
    public void citizen() throws Exception {
        http = Http.of(context);
        http.awaitHealthy(30_000);
        Http.Response created = http.post("/api/citizens", "{\"name\": \"Testborger Fejl\"}");
        assertEquals(201, created.status());
        citizenId = created.json().path("id").asText();
    }

    /** Asserts a problem+json answer naming the field, and returns its first error. */
    private static JsonNode problem(Http.Response response, int status, String field) {
        assertEquals(response.body(), status, response.status());
        assertTrue(response.header("Content-Type"), response.header("Content-Type").startsWith("application/problem+json"));
        assertFalse("no stack trace", response.body().contains("Exception") || response.body().contains("\tat "));
        JsonNode body = response.json();
        assertEquals(status, body.path("status").asInt());
        assertTrue(body.path("type").asText().startsWith("urn:borgerplan:problem:"));
        assertFalse(body.path("title").asText().isEmpty());
        if (field == null) {
            return body;
        }
        JsonNode error = body.path("errors").get(0);
        assertNotNull(response.body(), error);
        assertEquals(response.body(), field, error.path("field").asText());
        assertFalse(error.path("message").asText().isEmpty());
        return error;
    }

    private String plansPath() {
        return "/api/citizens/" + citizenId + "/plans";
    }

    @Test
    public void malformedJsonIsRefused() {
        long before = citizens.list(0, 1).total();
        problem(http.post("/api/citizens", "{\"name\": \"Testborger\""), 400, "body");
        problem(http.post("/api/citizens", "{\"name\": \"A\"} trailing"), 400, "body");
        problem(http.post("/api/citizens", ""), 400, "body");
        problem(http.post("/api/citizens", "null"), 400, "body");
        assertEquals(before, citizens.list(0, 1).total());
    }

    @Test
    public void unknownAndMissingFieldsAreNamed() {
        long before = citizens.list(0, 1).total();
        problem(http.post("/api/citizens", "{\"name\": \"Testborger\", \"nickname\": \"x\"}"), 400, "nickname");
        problem(http.post("/api/citizens", "{}"), 400, "name");
        problem(http.post("/api/citizens", "{\"name\": \"   \"}"), 400, "name");
        assertEquals(before, citizens.list(0, 1).total());

        problem(http.post(plansPath(), "{\"goals\": []}"), 400, "purpose");
        problem(http.post(plansPath(), "{\"purpose\": \"Formål\"}"), 400, "goals");
        problem(http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [{\"text\": \"Jeg\", "
                + "\"currentScore\": {\"value\": 1}}]}"), 400, "goals[0].expectedScore");
        problem(http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [{\"text\": \"Jeg\", "
                + "\"currentScore\": {\"value\": 1}, \"expectedScore\": {\"value\": 1, \"colour\": \"red\"}}]}"),
                400, "goals[0].expectedScore.colour");
        assertTrue(plans.plansOf(citizenId).isEmpty());
    }

    @Test
    public void wrongTypesAreNamedWithoutEchoingTheValue() {
        Http.Response response = http.post("/api/citizens", "{\"name\": 1234567890}");
        problem(response, 400, "name");
        assertFalse("the value sent is not repeated", response.body().contains("1234567890"));
        Http.Response score = http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [{\"text\": \"Jeg\", "
                + "\"currentScore\": {\"value\": \"3\"}, \"expectedScore\": {\"value\": 1}}]}");
        problem(score, 400, "goals[0].currentScore.value");
        problem(http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": {}}"), 400, "goals");
        problem(http.post(plansPath(), "{\"purpose\": [\"Formål\"], \"goals\": []}"), 400, "purpose");
        problem(http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [{\"text\": \"Jeg\", "
                + "\"currentScore\": {\"value\": 2.5}, \"expectedScore\": {\"value\": 1}}]}"), 400,
                "goals[0].currentScore.value");
        assertTrue(plans.plansOf(citizenId).isEmpty());
    }

    @Test
    public void aScoreOutsideItsScaleIsRefusedWithTheScaleNamed() {
        JsonNode error = problem(http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [" + GOOD_GOAL
                + ", {\"text\": \"Jeg\", \"currentScore\": {\"value\": 5}, \"expectedScore\": {\"value\": 1}}]}"), 400,
                "goals[1].currentScore.value");
        assertEquals("scoreNotOnScale", error.path("rule").asText());
        assertEquals("Scoren 5 findes ikke på skalaen fko (0–4)", error.path("message").asText());
        problem(http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [{\"text\": \"Jeg\", "
                + "\"currentScore\": {\"scale\": \"nope\", \"value\": 1}, \"expectedScore\": {\"value\": 1}}]}"), 400,
                "goals[0].currentScore.scale");
        problem(http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [{\"text\": \"Jeg\", "
                + "\"currentScore\": {\"value\": -1}, \"expectedScore\": {\"value\": 1}}]}"), 400,
                "goals[0].currentScore.value");
        assertTrue(plans.plansOf(citizenId).isEmpty());
    }

    @Test
    public void aFourthGoalIsRefusedInDanishOrEnglish() {
        String four = "{\"purpose\": \"Formål\", \"goals\": [" + String.join(",", GOOD_GOAL, GOOD_GOAL, GOOD_GOAL,
                GOOD_GOAL) + "]}";
        JsonNode danish = problem(http.post(plansPath(), four), 400, "goals");
        assertEquals("En plan har højst 3 mål", danish.path("message").asText());
        Http.Response english = http.send("POST", plansPath(), four,
                Map.of("Content-Type", "application/json", "Accept-Language", "en-GB,en;q=0.9"));
        assertEquals("A plan has at most 3 goals", problem(english, 400, "goals").path("message").asText());
        assertTrue(plans.plansOf(citizenId).isEmpty());
    }

    @Test
    public void theWrongMediaTypeOrAnOversizedBodyIsRefused() {
        problem(http.send("POST", "/api/citizens", "name=x", Map.of("Content-Type", "text/plain")), 415, null);
        long before = citizens.list(0, 1).total();
        byte[] huge = ("{\"name\": \"" + "a".repeat(1_100_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        // Announced as too large (Content-Length), and too large without announcing it (chunked).
        assertEquals(413, http.rawStatus("POST", "/api/citizens", json, huge, false));
        assertEquals(413, http.rawStatus("POST", "/api/citizens", json, huge, true));
        assertEquals(before, citizens.list(0, 1).total());
    }

    @Test
    public void unknownAddressesAndIdsAreProblems() {
        problem(http.get("/api/citizens/00000000-0000-0000-0000-000000000000"), 404, null);
        problem(http.get("/api/citizens/not-an-id"), 404, null);
        problem(http.get("/api/plans/00000000-0000-0000-0000-000000000000"), 404, null);
        problem(http.get("/api/no-such-thing"), 404, null);
        problem(http.send("DELETE", "/api/citizens/" + citizenId, null, Map.of()), 405, null);
        problem(http.get("/api/citizens?limit=ten"), 400, "limit");
        problem(http.get("/api/citizens?offset=-1"), 400, "offset");
    }

    @Test
    public void aChangeMustNameItsVersionAndAStaleOneChangesNothing() {
        Http.Response created = http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [" + GOOD_GOAL + "]}");
        assertEquals(201, created.status());
        String plan = "/api/plans/" + created.json().path("id").asText();
        String change = "{\"purpose\": \"Nyt formål\", \"goals\": [" + GOOD_GOAL + "]}";

        problem(http.put(plan, change, null), 428, "If-Match");
        Http.Response first = http.put(plan, change, "\"1\"");
        assertEquals(first.body(), 200, first.status());
        assertEquals("\"2\"", first.header("ETag"));
        problem(http.put(plan, "{\"purpose\": \"Tabt\", \"goals\": []}", "\"1\""), 412, null);
        assertEquals("Nyt formål", http.get(plan).json().path("purpose").asText());
    }

    /**
     * A refusal that comes before the body is read (here 404 for an unknown goal) must leave the connection usable.
     * HttpURLConnection quietly retries on a dropped connection, so this uses java.net.http, which does not retry a
     * POST: a server that closes the connection unannounced makes some of these requests get no answer at all.
     */
    @Test
    public void aRefusalBeforeTheBodyIsReadKeepsTheConnectionUsable() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest refused = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.getProperty(
                "org.osgi.service.http.port") + "/api/goals/00000000-0000-0000-0000-000000000000/subgoals"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Cookie", http.sessionHeaders().get("Cookie"))
                .header("X-CSRF-Token", http.sessionHeaders().get("X-CSRF-Token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Jeg går en tur\"}")).build();
        List<String> unanswered = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            try {
                assertEquals(404, client.send(refused, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                unanswered.add(i + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), unanswered);
    }

    @Test
    public void twoWritersOnOnePlanNeverLoseAnUpdate() throws Exception {
        Http.Response created = http.post(plansPath(), "{\"purpose\": \"Formål\", \"goals\": [" + GOOD_GOAL + "]}");
        String plan = "/api/plans/" + created.json().path("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                String version = "\"" + round + "\"";
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Http.Response>> answers = new ArrayList<>();
                for (String writer : List.of("A", "B")) {
                    String body = "{\"purpose\": \"" + writer + round + "\", \"goals\": [" + GOOD_GOAL + "]}";
                    Callable<Http.Response> put = () -> {
                        together.await();
                        return http.put(plan, body, version);
                    };
                    answers.add(pool.submit(put));
                }
                List<Integer> statuses = new ArrayList<>();
                String winner = null;
                for (int i = 0; i < 2; i++) {
                    Http.Response answer = answers.get(i).get();
                    statuses.add(answer.status());
                    if (answer.status() == 200) {
                        winner = (i == 0 ? "A" : "B") + round;
                    }
                }
                statuses.sort(null);
                assertEquals("round " + round, List.of(200, 412), statuses);
                JsonNode now = http.get(plan).json();
                assertEquals(winner, now.path("purpose").asText());
                assertEquals(round + 1, now.path("version").asInt());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Eight sign-ups for three places, sent at once: exactly three are taken, five are refused as full (400 naming
     * the capacity), and none is lost — the group meeting's version went up once per sign-up.
     */
    @Test
    public void eightSignUpsAtOnceFillAGroupMeetingToItsCapacityAndNoFurther() throws Exception {
        Http.Response group = http.post("/api/group-meetings", "{\"area\": \"AUTISM\", \"start\": \""
                + java.time.LocalDate.now().plusMonths(1) + "T13:00:00\", \"durationMinutes\": 120, \"capacity\": 3}");
        assertEquals(group.body(), 201, group.status());
        String meeting = group.json().path("id").asText();
        List<String> signUps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Http.Response citizen = http.post("/api/citizens", "{\"name\": \"Testborger Tilmelding " + i + "\","
                    + " \"targetGroups\": [\"AUTISM\"]}");
            assertEquals(201, citizen.status());
            signUps.add("/api/citizens/" + citizen.json().path("id").asText() + "/group-meetings/" + meeting);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier together = new CyclicBarrier(8);
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (String signUp : signUps) {
                Callable<Http.Response> post = () -> {
                    together.await();
                    return http.post(signUp, null);
                };
                answers.add(pool.submit(post));
            }
            int taken = 0;
            int full = 0;
            for (Future<Http.Response> answer : answers) {
                Http.Response response = answer.get();
                if (response.status() == 200) {
                    taken++;
                } else {
                    assertEquals("capacity", problem(response, 400, "capacity").path("field").asText());
                    full++;
                }
            }
            assertEquals(3, taken);
            assertEquals(5, full);
            JsonNode now = http.get("/api/group-meetings/" + meeting).json();
            assertEquals(3, now.path("signedUp").asInt());
            assertEquals(0, now.path("freePlaces").asInt());
            assertEquals("one version per sign-up, none lost", 4, now.path("version").asInt());
        } finally {
            pool.shutdownNow();
        }
    }
}
