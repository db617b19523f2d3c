package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.access.RelationshipService;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * The authorization matrix over HTTP: every operation of the API on citizens' data × every role in every relationship
 * to the citizen (own caseload, team caseload, another caseload, another municipality, the provider of the offer a
 * goal works on, of another offer, of none; the citizen, another citizen; a relative with and without consent; a peer
 * guide invited and not) → allowed, or answered exactly as "not found", as {@code relationship-matrix.csv} says. A
 * write that is allowed is sent so that it changes nothing (a stale If-Match, a body that breaks a rule), so the cells
 * do not depend on each other. A documented operation without a row fails.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RelationshipMatrixIT {

    private static final Path HOME = ResolvedDistribution.freshHome("RelationshipMatrixIT");
    private static final int PORT = ResolvedDistribution.freePort();
    private static final Path MATRIX = Path.of("src/test/resources/dk/borgerplan/distribution/randers/"
            + "relationship-matrix.csv");
    private static final List<String> CITIZEN_DATA = List.of("citizens", "plans", "cycles", "goals",
            "preparation-meetings", "pictures");
    private static final String STALE = "\"999\"";
    private static final byte[] DRAWING = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAwAAAAMCAIAAADZF8uwAAAA"
            + "PElEQVR42mP4TwRgQONrRJ0AInyKICow1TFgVYGmjgGXCmR1DHhUwNVBTTpho4EVoVhHA0VRRiJARDNFAAnaIO7yT5vfAAAAAElFTkSu"
            + "QmCC");

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    /** The ids the operations' templates name, all of one citizen's data. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private Http own;
    private String dummyCaseworker;

    @Test
    public void everyRoleInEveryRelationshipGetsWhatTheMatrixSays() throws Exception {
        own = Http.of(context, Role.CASEWORKER, "Randers Kommune", "own");
        own.awaitHealthy(30_000);
        Map<String, Http> users = world();

        List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> columns = List.of(lines.get(0).split(";")).subList(1, lines.get(0).split(";").length);
        assertEquals(new TreeSet<>(users.keySet()), new TreeSet<>(columns));
        Set<String> rows = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(";");
            rows.add(cell[0]);
            for (int i = 0; i < columns.size(); i++) {
                boolean expected = switch (cell[i + 1]) {
                    case "allow" -> true;
                    case "deny" -> false;
                    default -> throw new AssertionError(line);
                };
                Http.Response answer = attempt(users.get(columns.get(i)), cell[0]);
                boolean allowed = allowed(answer);
                cells++;
                if (allowed != expected) {
                    wrong.add(columns.get(i) + " " + cell[0] + ": expected " + cell[i + 1] + ", got "
                            + answer.status() + " " + answer.body().substring(0, Math.min(160, answer.body().length())));
                }
            }
        }
        assertTrue(wrong.size() + " of " + cells + " cells wrong:\n" + String.join("\n", wrong), wrong.isEmpty());
        assertEquals("every documented operation on citizens' data has a row", documentedOnCitizensData(), rows);
        assertTrue(cells >= 700);
    }

    /** Allowed: anything but "not found" (and 401 without a session), or the unknown cycle of a refused meeting. */
    private static boolean allowed(Http.Response answer) {
        if (answer.status() == 404 || answer.status() == 401) {
            return false;
        }
        return !(answer.status() == 400 && answer.body().contains("unknownCycle"));
    }

    private Set<String> documentedOnCitizensData() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(new Http(port()).get("/api/openapi.json").body()).path("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> {
            String[] segments = path.getKey().split("/");
            if (segments.length > 2 && CITIZEN_DATA.contains(segments[2])) {
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "delete").contains(method)) {
                        operations.add(method.toUpperCase() + " " + path.getKey());
                    }
                });
            }
        });
        return operations;
    }

    /** One cell: the operation as {@code user} would send it, shaped so that an allowed write changes nothing. */
    private Http.Response attempt(Http user, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        if (template.equals("/api/citizens/{citizenId}/relationships/{grantId}")) {
            ids.put("grantId", throwawayGrant());
        }
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        if (path.contains("{")) {
            throw new AssertionError("no id for " + template);
        }
        if (template.equals("/api/preparation-meetings") && method.equals("GET")) {
            path += "?cycleId=" + ids.get("cycleId");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("If-Match", STALE);
        String body = null;
        if (method.equals("POST") || method.equals("PUT")) {
            headers.put("Content-Type", "application/json");
            body = switch (template) {
                // Names the citizen's cycle and nothing else the meeting needs: a rule is broken if it is allowed.
                case "/api/preparation-meetings" -> "{\"cycleId\": \"" + ids.get("cycleId") + "\"}";
                case "/api/citizens/search" -> "{}";
                case "/api/pictures" -> "x";
                default -> "{}";
            };
            if (template.equals("/api/pictures")) {
                headers.put("Content-Type", "text/plain");
            }
        }
        return user.send(method, path, body, headers);
    }

    /** A relationship nobody's access depends on, for the cells that end one. */
    private String throwawayGrant() {
        String citizen = "/api/citizens/" + ids.get("citizenId") + "/relationships";
        for (JsonNode grant : own.get(citizen).json().path("items")) {
            if (dummyCaseworker.equals(grant.path("accountId").asText())) {
                return grant.path("id").asText();
            }
        }
        Http.Response made = own.post(citizen, "{\"kind\": \"CASEWORKER\", \"accountId\": \"" + dummyCaseworker
                + "\"}");
        assertEquals(made.body(), 201, made.status());
        return made.json().path("id").asText();
    }

    /**
     * The citizen and everyone around them. The citizen receives housing from "Bofællesskabet Lærkevej" and a
     * workshop from "Værkstedet Nord"; the goal works with the housing offer only.
     */
    private Map<String, Http> world() throws Exception {
        Http.Response registered = own.post("/api/citizens", "{\"name\": \"Testborger Matrix\", \"cprNumber\":"
                + " \"010170-1234\", \"actingMunicipality\": \"730\", \"offers\": [{\"kind\": \"RESIDENTIAL\", \"name\":"
                + " \"Bofællesskab\", \"provider\": \"Bofællesskabet Lærkevej\"}, {\"kind\": \"DAY\", \"name\":"
                + " \"Værksted\", \"provider\": \"Værkstedet Nord\"}]}");
        assertEquals(registered.body(), 201, registered.status());
        String citizen = registered.json().path("id").asText();
        ids.put("citizenId", citizen);
        String housing = registered.json().path("offers").get(0).path("id").asText();
        Http.Response someoneElse = own.post("/api/citizens", "{\"name\": \"Testborger Anden\"}");
        String otherCitizen = someoneElse.json().path("id").asText();

        Http.Response cycle = own.post("/api/citizens/" + citizen + "/cycles", null);
        assertEquals(cycle.body(), 201, cycle.status());
        ids.put("cycleId", cycle.json().path("id").asText());
        Http.Response picture = own.sendBytes("POST", "/api/pictures", DRAWING, Map.of("Content-Type", "image/png"));
        assertEquals(picture.body(), 201, picture.status());
        ids.put("pictureId", picture.json().path("id").asText());
        Http.Response meeting = own.post("/api/preparation-meetings", "{\"cycleId\": \"" + ids.get("cycleId")
                + "\", \"kind\": \"INDIVIDUAL\", \"date\": \"" + LocalDate.now() + "\"}");
        assertEquals(meeting.body(), 201, meeting.status());
        ids.put("meetingId", meeting.json().path("id").asText());
        Http.Response entry = own.send("POST", meeting.header("Location") + "/entries", "{\"field\": \"DREAMS\","
                + " \"text\": \"Mit eget hus\", \"pictureId\": \"" + ids.get("pictureId") + "\"}",
                Map.of("Content-Type", "application/json", "If-Match", meeting.header("ETag")));
        assertEquals(entry.body(), 201, entry.status());
        String entryLocation = entry.header("Location");
        ids.put("entryId", entryLocation.substring(entryLocation.lastIndexOf('/') + 1));

        String cycleTag = own.get("/api/cycles/" + ids.get("cycleId")).header("ETag");
        Http.Response moved = own.send("POST", "/api/cycles/" + ids.get("cycleId") + "/transitions",
                "{\"to\": \"PLAN_MEETING\"}", Map.of("Content-Type", "application/json", "If-Match", cycleTag));
        assertEquals(moved.body(), 200, moved.status());
        Http.Response plan = own.post("/api/citizens/" + citizen + "/plans", "{\"meeting\": {\"date\": \""
                + LocalDate.now() + "\", \"participants\": [{\"name\": \"Testborger Matrix\", \"role\":"
                + " \"CITIZEN\"}]}, \"purpose\": \"Jeg vil klare mig selv\", \"goals\": [{\"text\": \"Jeg laver"
                + " mad\", \"currentScore\": {\"value\": 3}, \"expectedScore\": {\"value\": 2}, \"offerIds\": [\""
                + housing + "\"]}], \"actionPlan\": {\"neededEffort\": \"Støtte\", \"specialConditions\":"
                + " {\"housing\": \"Bofællesskab\"}}}");
        assertEquals(plan.body(), 201, plan.status());
        String planTag = plan.header("ETag");
        for (String party : List.of("CITIZEN", "PROVIDER", "AUTHORITY")) {
            Http.Response approved = own.send("POST", "/api/plans/" + plan.json().path("id").asText() + "/approvals",
                    "{\"party\": \"" + party + "\"}", Map.of("Content-Type", "application/json", "If-Match", planTag));
            assertEquals(approved.body(), 200, approved.status());
            planTag = approved.header("ETag");
        }
        Http.Response followUp = own.send("POST", "/api/cycles/" + ids.get("cycleId") + "/transitions",
                "{\"to\": \"FOLLOW_UP\"}", Map.of("Content-Type", "application/json", "If-Match",
                        moved.header("ETag")));
        assertEquals(followUp.body(), 200, followUp.status());
        ids.put("planId", plan.json().path("id").asText());
        ids.put("revision", "1");
        ids.put("format", "pdf");
        ids.put("goalId", plan.json().path("goals").get(0).path("id").asText());
        ids.put("methodId", "randers");
        ids.put("sectionId", "inspirationsforloeb");
        String stairs = "/api/goals/" + ids.get("goalId") + "/subgoals";
        Http.Response step = own.send("POST", stairs, "{\"text\": \"Jeg køber ind\"}",
                Map.of("Content-Type", "application/json", "If-Match", own.get(stairs).header("ETag")));
        assertEquals(step.body(), 201, step.status());
        JsonNode steps = step.json().path("steps");
        ids.put("subGoalId", steps.get(steps.size() - 1).path("id").asText());
        // The year wheel: a plan meeting scheduled ahead, and a group meeting of an area the citizen is not of, so
        // that an allowed sign-up is refused (400) and changes nothing.
        Http.Response scheduled = own.post("/api/citizens/" + citizen + "/meetings", "{\"kind\": \"PLAN_MEETING\","
                + " \"start\": \"" + LocalDate.now().plusMonths(2) + "T10:00:00\", \"durationMinutes\": 90}");
        assertEquals(scheduled.body(), 201, scheduled.status());
        ids.put("scheduledMeetingId", scheduled.json().path("id").asText());
        Http.Response group = own.post("/api/group-meetings", "{\"area\": \"AUTISM\", \"start\": \""
                + LocalDate.now().plusMonths(1) + "T13:00:00\", \"durationMinutes\": 120, \"capacity\": 8}");
        assertEquals(group.body(), 201, group.status());
        ids.put("groupMeetingId", group.json().path("id").asText());

        Map<String, Http> users = new LinkedHashMap<>();
        users.put("ANONYMOUS", new Http(port()));
        users.put("ADMINISTRATOR", Http.of(context, Role.ADMINISTRATOR, "Randers Kommune", "admin"));
        users.put("CASEWORKER_OWN_CASELOAD", own);
        Http team = Http.of(context, Role.CASEWORKER, "Randers Kommune", "team");
        withRelationships(context, r -> r.setTeams(team.accountId(), Set.of("Team Syd")));
        assertEquals(201, own.post("/api/citizens/" + citizen + "/relationships",
                "{\"kind\": \"TEAM\", \"team\": \"Team Syd\"}").status());
        users.put("CASEWORKER_TEAM_CASELOAD", team);
        users.put("CASEWORKER_OTHER_CASELOAD", Http.of(context, Role.CASEWORKER, "Randers Kommune", "other"));
        users.put("CASEWORKER_OTHER_MUNICIPALITY", Http.of(context, Role.CASEWORKER, "Aarhus Kommune", "aarhus"));
        users.put("OFFER_MANAGER_OWN_OFFER", Http.of(context, Role.OFFER_MANAGER, "Bofællesskabet Lærkevej", "own"));
        users.put("OFFER_MANAGER_OTHER_PROVIDER", Http.of(context, Role.OFFER_MANAGER, "Et andet bosted", "other"));
        users.put("CONTACT_PERSON_OWN_OFFER", Http.of(context, Role.CONTACT_PERSON, "Bofællesskabet Lærkevej", "own"));
        users.put("CONTACT_PERSON_OFFER_NOT_ON_GOAL", Http.of(context, Role.CONTACT_PERSON, "Værkstedet Nord", "workshop"));
        Http self = Http.of(context, Role.CITIZEN, null, "self");
        grant(citizen, "{\"kind\": \"CITIZEN_ACCOUNT\", \"accountId\": \"" + self.accountId() + "\"}");
        users.put("CITIZEN_SELF", self);
        Http other = Http.of(context, Role.CITIZEN, null, "other");
        grant(otherCitizen, "{\"kind\": \"CITIZEN_ACCOUNT\", \"accountId\": \"" + other.accountId() + "\"}");
        users.put("CITIZEN_OTHER", other);
        Http relative = Http.of(context, Role.RELATIVE, null, "consent");
        grant(citizen, "{\"kind\": \"RELATIVE_CONSENT\", \"accountId\": \"" + relative.accountId() + "\", \"parts\":"
                + " [\"PLAN\", \"GOAL\", \"PREPARATION_SHEET\"], \"validUntil\": \"" + LocalDate.now().plusYears(1)
                + "\"}");
        users.put("RELATIVE_WITH_CONSENT", relative);
        users.put("RELATIVE_WITHOUT_CONSENT", Http.of(context, Role.RELATIVE, null, "none"));
        Http guide = Http.of(context, Role.PEER_GUIDE, null, "invited");
        grant(citizen, "{\"kind\": \"PEER_GUIDE_INVITATION\", \"accountId\": \"" + guide.accountId() + "\","
                + " \"preparationMeetingId\": \"" + ids.get("meetingId") + "\"}");
        users.put("PEER_GUIDE_INVITED", guide);
        users.put("PEER_GUIDE_NOT_INVITED", Http.of(context, Role.PEER_GUIDE, null, "none"));
        dummyCaseworker = Http.of(context, Role.CASEWORKER, "Randers Kommune", "dummy").accountId();

        // What a list shows follows the same relationships: the goal the workshop does not work on is not shown.
        String goals = "/api/plans/" + ids.get("planId") + "/goals";
        assertEquals(1, users.get("CONTACT_PERSON_OWN_OFFER").get(goals).json().path("total").asInt());
        assertEquals(0, users.get("CONTACT_PERSON_OFFER_NOT_ON_GOAL").get(goals).json().path("total").asInt());
        String shared = "/api/citizens/" + citizen + "/goals";
        assertEquals(1, users.get("CONTACT_PERSON_OWN_OFFER").get(shared).json().path("total").asInt());
        assertEquals(ids.get("planId"), users.get("CONTACT_PERSON_OWN_OFFER").get(shared).json().path("items").get(0)
                .path("planId").asText());
        assertEquals(0, users.get("CONTACT_PERSON_OFFER_NOT_ON_GOAL").get(shared).json().path("total").asInt());
        assertEquals(1, users.get("CASEWORKER_TEAM_CASELOAD").get("/api/citizens").json().path("total").asInt());
        assertEquals(0, users.get("CASEWORKER_OTHER_CASELOAD").get("/api/citizens").json().path("total").asInt());
        assertEquals(2, own.get("/api/citizens").json().path("total").asInt());
        assertEquals(1, users.get("OFFER_MANAGER_OWN_OFFER").post("/api/citizens/search", "{}").json().path("total")
                .asInt());
        assertEquals(1, self.get("/api/citizens").json().path("total").asInt());
        return users;
    }

    /** The port the framework was started with (the static field is the driver's, not the probe's). */
    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    private void grant(String citizen, String body) {
        Http.Response made = own.post("/api/citizens/" + citizen + "/relationships", body);
        assertEquals(made.body(), 201, made.status());
    }

    /** Uses the relationship service of the framework under test (teams are set there, not through the API). */
    static void withRelationships(BundleContext context, java.util.function.Consumer<RelationshipService> use)
            throws InterruptedException {
        ServiceTracker<RelationshipService, RelationshipService> tracker = new ServiceTracker<>(context,
                RelationshipService.class, null);
        tracker.open();
        try {
            use.accept(tracker.waitForService(30_000));
        } finally {
            tracker.close();
        }
    }
}
