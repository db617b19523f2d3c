package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backup and restore on PostgreSQL, as the README says: the administrator's online backup ({@code pg_dump} of the
 * store's schema) taken while the platform runs, one more citizen written after it, the dump restored with
 * {@code pg_restore} into a new, empty database, and a new installation on that database serves exactly what was
 * there at the backup, with the audit chain intact.
 */
class PostgresBackupIT {

    @TempDir
    Path original;
    @TempDir
    Path restoredHome;

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHoldsIdenticalData() throws Exception {
        String schema = TestPostgres.freshSchema();
        String emptyDatabase = "restore_" + UUID.randomUUID().toString().replace("-", "");
        try (RunningDistribution server = RunningDistribution.start(original,
                TestPostgres.storeConfiguration(original, schema))) {
            Api caseworker = server.api();
            List<String> paths = BackupIT.citizensWithPlans(caseworker, "Dump");
            List<JsonNode> before = BackupIT.read(caseworker, paths);

            JsonNode backup = server.admin().post("/api/admin/backups", null, null, 200).json();
            Path dump = original.resolve(backup.path("directory").asText()).resolve("borgerplan.dump");
            assertTrue(Files.size(dump) > 0, backup.toString());
            String after = caseworker.post("/api/citizens", "{\"name\": \"Testborger Efter Dump\"}", null, 201)
                    .json().path("id").asText();

            // The README's restore: an empty database, pg_restore of the dump into it.
            try (Connection connection = TestPostgres.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + emptyDatabase);
            }
            ProcessBuilder restoring = new ProcessBuilder("pg_restore", "--no-owner", "--exit-on-error",
                    "--host=127.0.0.1", "--port=" + port(), "--username=" + TestPostgres.parameter("user"),
                    "--dbname=" + emptyDatabase, dump.toString()).redirectErrorStream(true);
            restoring.environment().put("PGPASSWORD", TestPostgres.parameter("password"));
            Process restore = restoring.start();
            String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(restore.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, restore.exitValue(), output);

            Files.createDirectories(restoredHome.resolve("etc"));
            Files.writeString(restoredHome.resolve("etc/db-password"), TestPostgres.parameter("password") + "\n");
            String restoredStore = "database=postgresql\nurl=" + TestPostgres.urlOf(schema).replaceFirst(
                    "/borgerplan_test", "/" + emptyDatabase) + "\nuser=" + TestPostgres.parameter("user")
                    + "\npasswordFile=etc/db-password\n";
            try (RunningDistribution restored = RunningDistribution.restoredOnServer(restoredHome, restoredStore,
                    server)) {
                Api reader = restored.api();
                assertEquals(before, BackupIT.read(reader, paths));
                reader.call("GET", "/api/citizens/" + after, null, null, 404);
                JsonNode chain = restored.admin().get("/api/admin/audit/verification").json();
                assertTrue(chain.path("intact").asBoolean(), chain.toString());
                System.out.printf("pg_dump of %d bytes restored into an empty database: %d resources identical,"
                        + " the later citizen absent, audit chain intact (%d entries)%n", Files.size(dump),
                        paths.size(), chain.path("checked").asInt());
            }
        }
    }

    private static String port() {
        java.util.regex.Matcher port = java.util.regex.Pattern.compile("//[^:/]+:(\\d+)/").matcher(TestPostgres.url());
        return port.find() ? port.group(1) : "5432";
    }
}
