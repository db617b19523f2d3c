package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.Stamp;

/**
 * A Derby database made before versioned migrations (EclipseLink's tables, no history) — and by a version older still,
 * before the methods' sections — is completed, baselined at V1, migrated on, and keeps everything it had.
 */
class DerbyLegacyDatabaseTest {

    private static final Stamp CREATED = new Stamp("kontaktperson", Instant.parse("2026-03-02T09:00:00Z"));

    @TempDir
    Path data;

    @Test
    void aDatabaseFromBeforeMigrationsIsCompletedBaselinedAndMigratedAndKeepsItsData() throws Exception {
        String cycleId = UUID.randomUUID().toString();
        StoreDatabase first = new StoreDatabase(data);
        new JpaSectionStore(first).save(ledger(cycleId, "1.00"), 0);
        first.close();
        // As a version from before the sections and before migrations left it.
        EmbeddedDataSource direct = new EmbeddedDataSource();
        direct.setDatabaseName(data.resolve("borgerplan-db").toString());
        try (Connection connection = direct.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE METHOD_SECTION_VALUE");
            statement.execute("DROP TABLE METHOD_SECTION");
            for (String table : List.of("PROGRESSION_CHANGE", "PROGRESSION_CELL", "PROGRESSION_CITIZEN",
                    "PROGRESSION_STATE")) {
                statement.execute("DROP TABLE " + table); // and before the progression counts (V4)
            }
            statement.execute("DROP TABLE \"" + Migrations.HISTORY + "\"");
            statement.execute("CREATE TABLE EARLIER_DATA (ID INT)");
            statement.execute("INSERT INTO EARLIER_DATA VALUES (41)");
        }
        new DerbyDatabase(data).close();

        StoreDatabase again = new StoreDatabase(data);
        try {
            JpaSectionStore sections = new JpaSectionStore(again);
            assertTrue(sections.section(cycleId, "aarhus", "livsmestermidler").isEmpty());
            assertEquals(1, sections.save(ledger(cycleId, "2.00"), 0).version());
            List<String> applied = MigrationsTest.appliedVersions(again);
            assertEquals(MigrationsTest.versions("derby"), applied, "baselined at 1, then every later migration");
        } finally {
            again.close();
        }
        try (Connection connection = direct.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT ID FROM EARLIER_DATA")) {
            assertTrue(rows.next());
            assertEquals(41, rows.getInt(1));
        }
        new DerbyDatabase(data).close();
    }

    private static SectionRecord ledger(String cycleId, String amount) {
        return new SectionRecord(cycleId, "aarhus", "livsmestermidler", List.of(new SectionEntry(Map.of("date",
                "2026-03-01", "kind", "spending", "amount", amount, "what", "Busbillet"))), List.of(), 0, CREATED,
                CREATED);
    }
}
