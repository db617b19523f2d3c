package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.spi.ProgressionStore.ProgressionCounts;

/** The progression report's grouped counts against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
/**
 * The progression report at a municipality's size, on the database of the run (Derby, or PostgreSQL in the second
 * execution): not part of the test suite (the class name is no test's), run by distribution/bench/run-all:
 * {@code ./mvnw -pl bundles/dk.borgerplan.persistence test -Dtest=ProgressionBench
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dprogression.benchmark.citizens=100000]}. The rows are written by plain
 * JDBC batches (the generator's run through the store takes far longer at this size); the report reads them through
 * the store as the application does, after the migrations (with the report's indexes, V3).
 */
class ProgressionBench {

    private static final Stamp STAMP = new Stamp("tester", Instant.parse("2026-11-22T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaProgressionStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaProgressionStore(database, null);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    /**
     * A municipality: 100,000 citizens × 3 cycles × 3 goals, grouped every way. Run with
     * {@code -Dprogression.benchmark=true}; prints the times (the indexes of the README are made first when
     * {@code -Dprogression.benchmark.indexes=true}).
     */
    @Test
    void benchmarkAMunicipality() throws Exception {
        int citizens = Integer.getInteger("progression.benchmark.citizens", 100_000);
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        database.write(em -> {
            Connection connection = em.unwrap(Connection.class);
            try {
                fill(connection, citizens, ids);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        if (TestDatabases.postgres()) {
            // As autovacuum would in time: statistics for the planner.
            // Only this schema's tables: the test server holds the schemas of many runs, too many to lock at once.
            database.write(em -> em.createNativeQuery("ANALYZE CITIZEN, CITIZEN_OFFER, PLAN_CYCLE, PLAN, PLAN_GOAL,"
                    + " ACCESS_GRANT, METHOD_SECTION").executeUpdate());
        }
        System.out.printf("benchmark: %d citizens filled in %d ms%n", citizens, (System.nanoTime() - started) / 1_000_000);
        // Written around the stores, so counted as a migration counts a database's citizens: all at once.
        database.write(em -> em.createNativeQuery("INSERT INTO PROGRESSION_CHANGE (ID, CITIZEN_ID) SELECT ID, ID FROM CITIZEN")
                .executeUpdate());
        started = System.nanoTime();
        int recounted = store.tally().catchUp(TODAY);
        long recount = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("benchmark: %d citizens counted in %d ms%n", recounted, recount);
        Map<String, Long> times = new HashMap<>();
        // A caseload: the citizens of one caseworker's team, 1,000 of them.
        Set<String> caseload = Set.copyOf(ids.subList(0, Math.min(ids.size(), 1000)));
        int rounds = Integer.getInteger("progression.benchmark.rounds", 3);
        String name = TestDatabases.postgres() ? "PostgreSQL" : "Derby";
        for (int round = 0; round < rounds; round++) {
            for (ProgressionGrouping grouping : ProgressionGrouping.values()) {
                long t = System.nanoTime();
                ProgressionCounts counts = store.counts(grouping, ProgressionScope.everyone(), TODAY);
                times.put(grouping + " everyone", (System.nanoTime() - t) / 1_000_000);
                if (grouping == ProgressionGrouping.MUNICIPALITY) {
                    assertEquals(citizens, JpaProgressionStoreTest.citizens(counts, "730", 1));
                }
                t = System.nanoTime();
                store.counts(grouping, ProgressionScope.citizens(caseload), TODAY);
                times.put(grouping + " caseload of " + caseload.size(), (System.nanoTime() - t) / 1_000_000);
                // An offer manager of the provider of every citizen's offer: every citizen's goals, by provider.
                t = System.nanoTime();
                store.counts(grouping, ProgressionScope.everyone().providedBy("Randers Kommune"), TODAY);
                times.put(grouping + " offer manager", (System.nanoTime() - t) / 1_000_000);
            }
            System.out.println("benchmark round " + round + " (" + name + "): " + new java.util.TreeMap<>(times) + " ms");
        }
        // The last round's times as rows of the benchmark suite's table (distribution/bench/run-all).
        String summary = System.getProperty("progression.benchmark.summary", "");
        if (!summary.isBlank()) {
            long target = TestDatabases.postgres() ? 300 : 1000;
            StringBuilder rows = new StringBuilder();
            rows.append(String.join("\t", "4 progression report", name + ", " + citizens + " citizens × 3 cycles:"
                    + " counting every citizen once (as after the migration or a bulk load)", recount + " ms", "–", "–"))
                    .append('\n');
            for (var time : new java.util.TreeMap<>(times).entrySet()) {
                rows.append(String.join("\t", "4 progression report", name + ", " + citizens + " citizens × 3 cycles:"
                        + " report by " + time.getKey().toLowerCase(java.util.Locale.ROOT) + " (round " + rounds + ")",
                        time.getValue() + " ms", "≤ " + target + " ms", time.getValue() <= target ? "pass" : "FAIL"))
                        .append('\n');
            }
            java.nio.file.Files.writeString(Path.of(summary), rows, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static void fill(Connection connection, int citizens, List<String> ids) throws java.sql.SQLException {
        Timestamp at = Timestamp.from(STAMP.at());
        String[] offers = { "Bostedet Åen", "Værkstedet", "Kraftcentret", "Mestringsvejledning" };
        String[] themes = { "egenomsorg", "praktiske-opgaver", "mobilitet", "kommunikation", "samfundsliv",
            "relationer" };
        String[] types = { "DEVELOP", "MAINTAIN", "LIMIT_LOSS" };
        try (PreparedStatement citizen = connection.prepareStatement("INSERT INTO CITIZEN (ID, NAME, TARGET_GROUPS,"
                + " ACTING_MUNICIPALITY, LOOK, VISUAL_PLAN_OPT_OUT, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY,"
                + " UPDATED_AT) VALUES (?, 'Testborger', '', '730', 'COLOURFUL', ?, 1, 't', ?, 't', ?)");
                PreparedStatement offer = connection.prepareStatement("INSERT INTO CITIZEN_OFFER (CITIZEN_ID,"
                        + " POSITION, PLACE, OFFER_ID, KIND, NAME, PROVIDER) VALUES (?, 0, 0, ?, ?, ?, ?)");
                PreparedStatement cycle = connection.prepareStatement("INSERT INTO PLAN_CYCLE (ID, CITIZEN_ID,"
                        + " NUMBER, STAGE, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT)"
                        + " VALUES (?, ?, ?, 'CLOSED', 1, 't', ?, 't', ?)");
                PreparedStatement plan = connection.prepareStatement("INSERT INTO PLAN (ID, CITIZEN_ID, CYCLE_ID,"
                        + " PURPOSE, REVISION, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT)"
                        + " VALUES (?, ?, ?, 'Jeg vil', 1, 1, 't', ?, 't', ?)");
                PreparedStatement goal = connection.prepareStatement("INSERT INTO PLAN_GOAL (PLAN_ID, GOAL_ID,"
                        + " LINEAGE_ID, OFFER_IDS, NUMBER, TEXT, CURRENT_SCALE, CURRENT_SCALE_VERSION, CURRENT_VALUE,"
                        + " EXPECTED_SCALE, EXPECTED_SCALE_VERSION, EXPECTED_VALUE, ICONS, GOAL_TYPE, STATUS,"
                        + " PRIMARY_THEME_SYSTEM, PRIMARY_THEME_VERSION, PRIMARY_THEME_CODE, PRIMARY_THEME_LABEL,"
                        + " REVIEW_SCALE, REVIEW_SCALE_VERSION, REVIEW_VALUE, REVIEW_OUTCOME)"
                        + " VALUES (?, ?, ?, '', ?, 'Jeg laver selv aftensmad to gange om ugen', 'fko', '1', ?,"
                        + " 'fko', '1', ?, '', ?, 'ACTIVE', 'ffb', '2.0', ?, ?, ?, ?, ?, ?)")) {
            java.util.Random random = new java.util.Random(9);
            for (int i = 0; i < citizens; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                citizen.setString(1, id);
                citizen.setBoolean(2, false);
                citizen.setTimestamp(3, at);
                citizen.setTimestamp(4, at);
                citizen.addBatch();
                offer.setString(1, id);
                offer.setString(2, UUID.randomUUID().toString());
                offer.setString(3, OfferKind.values()[0].name());
                offer.setString(4, offers[i % offers.length]);
                offer.setString(5, "Randers Kommune");
                offer.addBatch();
                for (int n = 1; n <= 3; n++) {
                    String cycleId = UUID.randomUUID().toString();
                    String planId = UUID.randomUUID().toString();
                    cycle.setString(1, cycleId);
                    cycle.setString(2, id);
                    cycle.setInt(3, n);
                    cycle.setTimestamp(4, at);
                    cycle.setTimestamp(5, at);
                    cycle.addBatch();
                    plan.setString(1, planId);
                    plan.setString(2, id);
                    plan.setString(3, cycleId);
                    plan.setTimestamp(4, at);
                    plan.setTimestamp(5, at);
                    plan.addBatch();
                    for (int g = 1; g <= 3; g++) {
                        String goalId = UUID.randomUUID().toString();
                        int current = random.nextInt(5);
                        goal.setString(1, planId);
                        goal.setString(2, goalId);
                        goal.setString(3, goalId);
                        goal.setInt(4, g);
                        goal.setInt(5, current);
                        goal.setInt(6, Math.max(0, current - random.nextInt(2)));
                        goal.setString(7, types[random.nextInt(3)]);
                        String theme = themes[random.nextInt(themes.length)];
                        goal.setString(8, theme);
                        goal.setString(9, theme);
                        boolean reviewed = n < 3 || random.nextBoolean();
                        goal.setString(10, reviewed ? "fko" : null);
                        goal.setString(11, reviewed ? "1" : null);
                        if (reviewed) {
                            goal.setInt(12, random.nextInt(5));
                        } else {
                            goal.setNull(12, java.sql.Types.INTEGER);
                        }
                        goal.setString(13, reviewed ? "CONTINUE" : null);
                        goal.addBatch();
                    }
                }
                if (i % 1000 == 999 || i == citizens - 1) {
                    citizen.executeBatch();
                    offer.executeBatch();
                    cycle.executeBatch();
                    plan.executeBatch();
                    goal.executeBatch();
                }
            }
        }
    }
}
