package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit log of the running distribution: the main flows of the browser application, driven through HTTP by a
 * logged-in caseworker, leave exactly one entry per access to a citizen's data (and none for the icon catalogue, the
 * scales or the methods); the chain verifies; the citizen's access log lists them with the role and organisation,
 * never the user's account; the administrator's attempt at a citizen is denied as "not found" and logged; and a
 * row altered in the database while the server is stopped is found at its number after the restart, both by the
 * verification endpoint and in the log the start writes.
 */
class AuditIT {

    private static final Pattern STORE = Pattern.compile("Store ready: embedded Derby database at (\\S+)");

    @TempDir
    Path installation;

    private final List<String> audited = new ArrayList<>();

    @Test
    void everyAccessIsLoggedOnceTheChainVerifiesAndTamperingIsFound() throws Exception {
        try (RunningDistribution server = RunningDistribution.start(installation)) {
            Api api = server.api();
            Api admin = server.admin();
            // A new installation's log holds only the logins so far: the administrator's and the caseworker's first
            // ones, and the two sessions of this test.
            int logins = admin.get("/api/admin/audit/verification").json().path("checked").asInt();
            assertEquals(4, logins, "four logins, nothing else");

            // Nothing about a citizen: not logged.
            api.get("/api/scales");
            api.get("/api/icons");
            api.get("/api/methods");
            api.get("/api/health");

            // The flows of "Mine borgere", the citizen page, the sheet and the visual plan.
            String citizen = audited(api.post("/api/citizens", "{\"name\": \"Testborger Revision\"}", null, 201))
                    .json().path("id").asText();
            audited(api.get("/api/citizens"));
            audited(api.post("/api/citizens/search", "{\"name\": \"Revision\"}", null, 200));
            audited(api.get("/api/citizens/" + citizen));
            Api.Answer opened = audited(api.post("/api/citizens/" + citizen + "/cycles", null, null, 201));
            String cycle = opened.json().path("id").asText();
            audited(api.get("/api/citizens/" + citizen + "/cycles"));
            String meeting = audited(api.post("/api/preparation-meetings", "{\"cycleId\": \"" + cycle + "\", "
                    + "\"kind\": \"INDIVIDUAL\", \"date\": \"" + LocalDate.now() + "\", \"participants\": "
                    + "[{\"name\": \"Testborger Revision\", \"role\": \"CITIZEN\"}]}", null, 201)).json().path("id")
                    .asText();
            audited(api.get("/api/preparation-meetings?cycleId=" + cycle));
            String meetingVersion = audited(api.get("/api/preparation-meetings/" + meeting)).etag();
            audited(api.post("/api/preparation-meetings/" + meeting + "/entries", "{\"field\": \"DREAMS\", "
                    + "\"text\": \"Jeg drømmer om en hund\"}", meetingVersion, 201));
            audited(api.post("/api/cycles/" + cycle + "/transitions", "{\"to\": \"PLAN_MEETING\"}", opened.etag(),
                    200));
            Api.Answer plan = audited(api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"Jeg vil "
                    + "klare mig selv\", \"goals\": [{\"text\": \"Jeg går en tur hver dag\", \"currentScore\": "
                    + "{\"value\": 2}, \"expectedScore\": {\"value\": 1}}]}", null, 201));
            String planId = plan.json().path("id").asText();
            String goal = plan.json().path("goals").get(0).path("id").asText();
            audited(api.get("/api/plans/" + planId));
            audited(api.get("/api/goals/" + goal));
            audited(api.get("/api/cycles/" + cycle));
            audited(api.get("/api/citizens/" + citizen + "/progression"));
            // A document made of the plan is an export (issue: every export is an audited access).
            audited(api.get("/api/plans/" + planId + "/export/fhir"));
            // A refused write is an access too: logged, with nothing changed.
            audited(api.call("PUT", "/api/plans/" + planId, "{\"purpose\": 3}", "\"1\"", 400));
            // A read of something that is not there touched no one's data.
            api.call("GET", "/api/plans/00000000-0000-0000-0000-000000000000", null, null, 404);

            JsonNode verification = admin.get("/api/admin/audit/verification").json();
            assertTrue(verification.path("intact").asBoolean(), verification.toString());
            // One entry per access, and one more for the citizen the list and the search each showed.
            assertEquals(logins + audited.size() + 2, verification.path("checked").asInt(),
                    "one entry per access: " + audited);

            JsonNode log = audited(api.get("/api/citizens/" + citizen + "/access-log")).json();
            // Every access above named this citizen — the list and the search as having shown them — except this
            // read itself, logged when its answer is complete.
            assertEquals(audited.size() - 1, log.path("total").asInt(), log.toString());
            long searches = 0;
            for (JsonNode access : log.path("items")) {
                if (access.path("action").asText().equals("SEARCH")) {
                    searches++;
                    assertEquals("Søgt", access.path("actionLabel").asText());
                    assertEquals("search-citizens", access.path("purpose").asText());
                }
            }
            assertEquals(2, searches, "the list and the search that showed the citizen");
            boolean exported = false;
            for (JsonNode access : log.path("items")) {
                if (access.path("resource").asText().equals("GET /api/plans/{id}/export/fhir")) {
                    exported = true;
                    assertEquals("EXPORT", access.path("action").asText(), access.toString());
                    assertEquals("caseload", access.path("purpose").asText());
                }
            }
            assertTrue(exported, "the FHIR export is in the citizen's access log: " + log);
            JsonNode first = log.path("items").get(0);
            assertEquals("WRITE", first.path("action").asText());
            assertEquals("POST /api/citizens", first.path("resource").asText());
            assertEquals("Sagsbehandler", first.path("roleLabel").asText());
            assertEquals("Randers Kommune", first.path("organisation").asText());
            assertEquals("register-citizens", first.path("purpose").asText());
            assertEquals("Oprettelse af borgeren", first.path("purposeLabel").asText());
            // The citizen's data itself was reached by the caseworker's own caseload.
            JsonNode read = log.path("items").get(3);
            assertEquals("GET /api/citizens/{id}", read.path("resource").asText(), log.toString());
            assertEquals("caseload", read.path("purpose").asText());
            assertEquals("Borgeren er i sagsbehandlerens sagsstamme", read.path("purposeLabel").asText());
            assertFalse(log.toString().contains(api.accountId()), "no account id in the citizen's log");
            // (The username is "sagsbehandler", which is also the role's word: look for it as a value of its own.)
            assertFalse(log.toString().contains("\"" + RunningDistribution.CASEWORKER + "\""), "no username either");

            // The administrator has no business with citizens' data: refused as "not found", and logged as denied.
            admin.call("GET", "/api/citizens/" + citizen, null, null, 404);
            JsonNode denied = api.get("/api/citizens/" + citizen + "/access-log").json();
            audited.add("denied");
            audited.add("access-log");
            JsonNode last = denied.path("items").get(denied.path("items").size() - 1);
            assertEquals("DENIED", last.path("outcome").asText(), denied.toString());
            assertEquals("administrator", last.path("role").asText());
            assertTrue(log.toString().contains("\"outcome\":\"REFUSED\""), "the refused write is there");
            assertTrue(log.toString().contains("GET /api/plans/{id}"));

            // Tampering: the account of entry 3 changed in the database while the server is stopped.
            server.stop();
            String database = database(server.installation());
            // Derby's own log goes with the installation, not into the module's folder.
            System.setProperty("derby.stream.error.file", server.installation().resolve("test-derby.log").toString());
            Class.forName("org.apache.derby.jdbc.EmbeddedDriver");
            try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
                    Statement statement = connection.createStatement()) {
                assertEquals(1, statement.executeUpdate("UPDATE AUDIT_ENTRY SET ACCOUNT = 'en-anden' WHERE SEQ = 3"));
            }
            shutDown(database);
            server.startAgain();
            JsonNode broken = admin.get("/api/admin/audit/verification").json();
            assertFalse(broken.path("intact").asBoolean(), broken.toString());
            assertEquals(3, broken.path("brokenAt").asInt());
            assertEquals("changed", broken.path("problem").asText());
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!Files.readString(server.installation().resolve("server.log"))
                    .contains("Audit log BROKEN at entry 3 (changed)")) {
                assertTrue(System.nanoTime() < deadline, "the start says the log is broken");
                Thread.sleep(200);
            }
        }
    }

    private Api.Answer audited(Api.Answer answer) {
        audited.add(String.valueOf(answer.json() == null ? "" : answer.json().path("id").asText()));
        return answer;
    }

    private static String database(Path installation) throws Exception {
        Matcher matcher = STORE.matcher(Files.readString(installation.resolve("server.log")));
        assertTrue(matcher.find(), "the log says where the database is");
        return matcher.group(1);
    }

    /** Closes the embedded database in this JVM, so that the server can open it again. */
    private static void shutDown(String database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with SQLState 08006.
            assertEquals("08006", expected.getSQLState());
        }
    }
}
