package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The store's online backup, restored as the README says: citizens and a plan written, a backup taken by the
 * administrator while the platform runs, one more citizen written after it; a new, empty installation with the
 * backup copied into {@code data/} starts, and serves exactly what was there at the backup — the same JSON for every
 * citizen and plan, not the citizen written after — with the audit chain intact.
 */
class BackupIT {

    @TempDir
    Path original;
    @TempDir
    Path restoredHome;

    @Test
    void aRestoredBackupHoldsIdenticalData() throws Exception {
        try (RunningDistribution server = RunningDistribution.start(original)) {
            Api caseworker = server.api();
            List<String> paths = citizensWithPlans(caseworker, "Sikkerhedskopi");
            List<JsonNode> before = read(caseworker, paths);

            JsonNode backup = server.admin().post("/api/admin/backups", null, null, 200).json();
            Path database = original.resolve(backup.path("directory").asText()).resolve("borgerplan-db");
            assertTrue(Files.isDirectory(database), backup.toString());
            String after = caseworker.post("/api/citizens", "{\"name\": \"Testborger Efter Kopien\"}", null, 201)
                    .json().path("id").asText();

            try (RunningDistribution restored = RunningDistribution.restored(restoredHome, database, server)) {
                Api reader = restored.api();
                assertEquals(before, read(reader, paths));
                reader.call("GET", "/api/citizens/" + after, null, null, 404);
                JsonNode chain = restored.admin().get("/api/admin/audit/verification").json();
                assertTrue(chain.path("intact").asBoolean(), chain.toString());
                System.out.printf("Backup of %d bytes restored into an empty installation: %d resources identical,"
                        + " the later citizen absent, audit chain intact (%d entries)%n", backup.path("bytes").asLong(),
                        paths.size(), chain.path("checked").asInt());
            }
        }
    }

    /** Five citizens with a plan each, written through the API; their paths, citizen then plan. */
    static List<String> citizensWithPlans(Api caseworker, String word) {
        List<String> paths = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            String citizen = caseworker.post("/api/citizens", "{\"name\": \"Testborger " + word + " " + n
                    + "\", \"targetGroups\": [\"AUTISM\"]}", null, 201).json().path("id").asText();
            paths.add("/api/citizens/" + citizen);
            String plan = caseworker.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"Jeg vil klare"
                    + " mig selv\", \"goals\": [{\"text\": \"Jeg går en tur hver dag\", \"currentScore\": {\"value\":"
                    + " 2}, \"expectedScore\": {\"value\": 1}}]}", null, 201).json().path("id").asText();
            paths.add("/api/plans/" + plan);
        }
        return paths;
    }

    /** What {@code reader} gets at each path, in order. */
    static List<JsonNode> read(Api reader, List<String> paths) {
        List<JsonNode> answers = new ArrayList<>();
        for (String path : paths) {
            answers.add(reader.get(path).json());
        }
        return answers;
    }
}
