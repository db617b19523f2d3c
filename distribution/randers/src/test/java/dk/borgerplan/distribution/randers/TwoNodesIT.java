package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two installations of Randers' distribution, each started by its script, on one PostgreSQL database, as a
 * municipality runs them behind a load balancer: what one node writes the other reads at once (no stale cache), the
 * same plan changed on both from one version is one change and one 412 — never a lost update — and a session made on
 * one node is valid on the other.
 */
class TwoNodesIT {

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void twoNodesOnOneDatabaseSeeEachOthersWritesAtOnceAndNeverLoseAnUpdate() throws Exception {
        String schema = TestPostgres.freshSchema();
        try (RunningDistribution nodeA = RunningDistribution.start(first, TestPostgres.storeConfiguration(first, schema));
                RunningDistribution nodeB = RunningDistribution.secondNode(second, nodeA)) {
            Api onA = nodeA.api();
            Api onB = nodeB.api();

            String citizen = onA.post("/api/citizens", "{\"name\": \"Testborger To Noder\"}", null, 201).json()
                    .path("id").asText();
            String plan = onA.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"Jeg vil bo for mig selv\","
                    + " \"goals\": [{\"text\": \"Jeg handler ind selv\", \"currentScore\": {\"value\": 3},"
                    + " \"expectedScore\": {\"value\": 2}}]}", null, 201).json().path("id").asText();
            Api.Answer readOnA = onA.get("/api/plans/" + plan);
            Api.Answer readOnB = onB.get("/api/plans/" + plan);
            assertEquals(readOnA.json(), readOnB.json(), "B reads what A wrote, at once");
            assertEquals(readOnA.etag(), readOnB.etag());

            // A change on B is read on A at once, though A has read the plan before (no shared cache to go stale).
            Api.Answer changedOnB = onB.put("/api/plans/" + plan, withPurpose(readOnB.json(), "Ændret på node B"),
                    readOnB.etag());
            Api.Answer afterOnA = onA.get("/api/plans/" + plan);
            assertEquals("Ændret på node B", afterOnA.json().path("purpose").asText());
            assertEquals(changedOnB.etag(), afterOnA.etag());

            // Both nodes change the plan from the same version: one wins, the other gets 412 and nothing is lost.
            Api.Answer base = onA.get("/api/plans/" + plan);
            assertEquals(base.etag(), onB.get("/api/plans/" + plan).etag());
            onA.put("/api/plans/" + plan, withPurpose(base.json(), "Node A's ændring"), base.etag());
            JsonNode refused = onB.call("PUT", "/api/plans/" + plan, withPurpose(base.json(), "Node B's ændring"),
                    base.etag(), 412).json();
            assertTrue(refused.toString().contains("version") || refused.has("title"), refused.toString());
            for (Api reader : new Api[] { onA, onB }) {
                assertEquals("Node A's ændring", reader.get("/api/plans/" + plan).json().path("purpose").asText());
            }

            // The session lives in the shared database: A's cookie works on B.
            Api withAsSession = onB.withSessionOf(onA);
            assertEquals(citizen, withAsSession.get("/api/citizens/" + citizen).json().path("id").asText());
            assertNotEquals(nodeA.base(), nodeB.base());
            System.out.printf("Two nodes on PostgreSQL schema %s: write on A read on B at once, change on B read on"
                    + " A at once, concurrent change: one 200 and one 412, session valid on both%n", schema);
        }
    }

    /** The plan as a client sends it: its purpose changed, its goal kept (by id). */
    private static String withPurpose(JsonNode plan, String purpose) {
        JsonNode goal = plan.path("goals").get(0);
        return "{\"purpose\": " + Api.quote(purpose) + ", \"goals\": [{\"id\": " + Api.quote(goal.path("id").asText())
                + ", \"text\": " + Api.quote(goal.path("text").asText()) + ", \"currentScore\": {\"value\": 3},"
                + " \"expectedScore\": {\"value\": 2}}]}";
    }
}
