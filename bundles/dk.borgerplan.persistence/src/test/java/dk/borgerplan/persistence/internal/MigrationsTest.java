package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;

/** The versioned migrations, on the database the run is for (Derby, or PostgreSQL: {@link TestDatabases}). */
class MigrationsTest {

    @TempDir
    Path data;

    @Test
    void derbyAndPostgresqlHaveTheSameVersionsInTheSameOrder() throws Exception {
        List<String> derby = versions("derby");
        assertEquals(derby, versions("postgresql"));
        assertEquals("1", derby.get(0));
    }

    @Test
    void aNewDatabaseGetsEveryMigrationAndEveryEntityMapsOntoTheMigratedSchema() throws Exception {
        StoreDatabase database = TestDatabases.open(data);
        try {
            // Every mapped class is read once: a table or column the mapping has and the migrations lack fails here.
            database.read(em -> {
                for (Class<?> entity : PersistenceUnit.ENTITIES) {
                    if (entity.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                        em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e", entity).setMaxResults(1)
                                .getResultList();
                    }
                }
                return null;
            });
            List<String> applied = appliedVersions(database);
            assertEquals(versions(TestDatabases.postgres() ? "postgresql" : "derby"), applied);
            assertEquals(applied.get(applied.size() - 1),
                    database.check().details().get("schemaVersion"), "the health check names the version");
        } finally {
            database.close();
        }
    }

    @Test
    void aDatabaseAtAnOlderVersionIsUpgradedAndKeepsItsData() throws Exception {
        StoreDatabase first = TestDatabases.open(data);
        JpaPlanStore store = new JpaPlanStore(first);
        Stamp stamp = new Stamp("tester", Instant.parse("2026-01-05T09:00:00Z"));
        Citizen citizen = store.insertCitizen(new Citizen("c-1", "Testborger Ældre", null, Set.of(TargetGroup.AUTISM),
                "730", "730", PlanLook.NEUTRAL, false, 0, stamp, stamp));
        // Back to V1 as an older version left it: the later migrations' work undone and their history removed.
        List<String> versions = versions(TestDatabases.postgres() ? "postgresql" : "derby");
        try (Connection connection = first.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            String database = TestDatabases.postgres() ? "postgresql" : "derby";
            try (Stream<Path> files = Files.list(migrations(database))) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("V1__")).toList()) {
                    List<String> tables = new ArrayList<>();
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("CREATE INDEX ")) {
                            statement.execute("DROP INDEX " + line.split(" ")[2]);
                        } else if (line.startsWith("CREATE TABLE ")) {
                            tables.add(line.split(" ")[2]);
                        }
                    }
                    for (String table : tables) {
                        statement.execute("DROP TABLE " + table);
                    }
                }
            }
            statement.execute("DELETE FROM " + quoted(Migrations.HISTORY) + " WHERE \"version\" <> '1'");
        }
        first.close();

        StoreDatabase again = TestDatabases.open(data);
        try {
            assertEquals(versions, appliedVersions(again));
            assertEquals(citizen, new JpaPlanStore(again).citizen("c-1").orElseThrow());
        } finally {
            again.close();
        }
    }

    static String quoted(String name) {
        return "\"" + name + "\"";
    }

    /** The versions in the history table, in the order applied, successful ones only. */
    static List<String> appliedVersions(StoreDatabase database) throws Exception {
        database.read(em -> null); // the store migrates on a thread of its own: wait until it is open
        List<String> applied = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM "
                        + quoted(Migrations.HISTORY) + " ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " succeeded");
                applied.add(rows.getString(1));
            }
        }
        return applied;
    }

    /** The versions of a database's migration files, in Flyway's order. */
    static List<String> versions(String database) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(migrations(database))) {
            return files.map(file -> file.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted((a, b) -> org.flywaydb.core.api.MigrationVersion.fromVersion(a)
                            .compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(b)))
                    .collect(Collectors.toList());
        }
    }

    private static Path migrations(String database) throws URISyntaxException {
        return Path.of(MigrationsTest.class.getResource("/db/migration/" + database).toURI());
    }
}
