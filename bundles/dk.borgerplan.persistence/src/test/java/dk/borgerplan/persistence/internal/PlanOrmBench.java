package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.SpecialConditions;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.themes.ThemeRef;

/**
 * Plan save and plan read through the store (EclipseLink, {@link JpaPlanStore}) against the same work as raw JDBC,
 * in one JVM on the same database: embedded Derby, or PostgreSQL in the second Surefire execution. Issue #9's "ORM ≥
 * 0.5× raw JDBC", measured without HTTP, sessions, access decisions and the audit log around the store, which
 * distribution/bench/PlanStoreBench measures through the API. Not part of the test suite (the class name is no
 * test's); run by distribution/bench/run-all, or {@code ./mvnw -pl bundles/dk.borgerplan.persistence test
 * -Dtest=PlanOrmBench -Dsurefire.failIfNoSpecifiedTests=false [-Dorm.benchmark.saves=1000]
 * [-Dorm.benchmark.reads=5000]
 * [-Dorm.benchmark.plans=100] [-Dorm.benchmark.rounds=3] [-Dorm.benchmark.summary=file.tsv]}.
 * <ul>
 * <li>A save: the store's {@code updatePlan} with the plan's version, after the edits of a plan meeting (the goals'
 * current scores, a resource-field entry, the notes, a parked thought). Raw JDBC does what that needs, in one
 * transaction: {@code UPDATE PLAN … WHERE ID = ? AND VERSION = ?}, the plan's rows of its collection tables deleted
 * and written again with the same edits (batched), and the progression change row the store also writes.</li>
 * <li>A read: the store's {@code plan(id)} (a {@code Plan} record); raw JDBC selects the plan's row and its
 * collection tables' rows, each row as its values.</li>
 * </ul>
 * JDBC gets its best case: one connection, statements prepared once. Both sides go round the same P plans, one after
 * the other, blocks alternating, after a warm-up of both; on Derby the plan tables are rebuilt
 * ({@code SYSCS_COMPRESS_TABLE}, PostgreSQL: {@code VACUUM ANALYZE}) before every block, since both sides leave the
 * index entries of deleted collection rows behind (see the README's plan-store section).
 */
class PlanOrmBench {

    private static final Stamp STAMP = new Stamp("tester", Instant.parse("2026-11-22T10:00:00Z"));
    /** PlanEntity's collection tables, in the order their rows are written. */
    private static final List<String> COLLECTIONS = List.of("PLAN_GOAL", "PLAN_FIELD_ENTRY", "PLAN_PARKING_LOT",
            "PLAN_PARTICIPANT", "PLAN_APPROVAL");
    private static final List<String> TABLES = concat("PLAN", COLLECTIONS);

    @TempDir
    Path data;

    private Database raw;
    private StoreDatabase database;
    private JpaPlanStore store;

    @BeforeEach
    void open() throws Exception {
        raw = TestDatabases.database(data);
        database = new StoreDatabase(raw, 16);
        store = new JpaPlanStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void ormAgainstRawJdbc() throws Exception {
        int planCount = Integer.getInteger("orm.benchmark.plans", 100);
        // Reads are short: more of them, for a block long enough to time on a shared machine.
        int saveCount = Integer.getInteger("orm.benchmark.saves", 1000);
        int readCount = Integer.getInteger("orm.benchmark.reads", 5000);
        int rounds = Integer.getInteger("orm.benchmark.rounds", 3);
        String name = TestDatabases.postgres() ? "PostgreSQL" : "Derby";
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < planCount; i++) {
            Citizen citizen = store.insertCitizen(new Citizen(UUID.randomUUID().toString(), "Testborger " + i, null,
                    Set.of(), "730", null, null, false, 0, STAMP, STAMP));
            plans.add(store.insertPlan(plan(citizen.id(), 0)));
        }
        try (Connection connection = raw.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            RawJdbc jdbc = new RawJdbc(connection);
            // The same plan read both ways has the same rows: both sides do the same work.
            Plan first = store.plan(plans.get(0).id()).orElseThrow();
            Map<String, List<Object[]>> rows = jdbc.read(first.id());
            assertEquals(first.goals().size(), rows.get("PLAN_GOAL").size());
            assertEquals(first.resourceField().size() + first.employmentField().size()
                    + first.themeFields().stream().mapToInt(f -> f.entries().size()).sum(),
                    rows.get("PLAN_FIELD_ENTRY").size());
            assertEquals(first.parkingLot().size(), rows.get("PLAN_PARKING_LOT").size());

            long[] versions = new long[planCount];
            for (int i = 0; i < planCount; i++) {
                versions[i] = plans.get(i).version();
            }
            int[] saves = { 0 };
            // Saves alternate between the sides on the same plans: each side saves the version the other left.
            Operation ormSave = i -> {
                int p = i % planCount;
                long started = System.nanoTime();
                Plan saved = store.updatePlan(edited(plans.get(p), ++saves[0]), versions[p]);
                long took = System.nanoTime() - started;
                plans.set(p, saved);
                versions[p] = saved.version();
                return took;
            };
            Operation jdbcSave = i -> {
                int p = i % planCount;
                // The rows it writes back stand for a plan mapped to rows: read first, not timed.
                Map<String, List<Object[]>> content = jdbc.read(plans.get(p).id());
                long started = System.nanoTime();
                versions[p] = jdbc.save(plans.get(p), content, versions[p], ++saves[0]);
                long took = System.nanoTime() - started;
                plans.set(p, plans.get(p).withVersion(versions[p]));
                return took;
            };
            Operation ormRead = i -> {
                long started = System.nanoTime();
                store.plan(plans.get(i % planCount).id()).orElseThrow();
                return System.nanoTime() - started;
            };
            Operation jdbcRead = i -> {
                long started = System.nanoTime();
                jdbc.read(plans.get(i % planCount).id());
                return System.nanoTime() - started;
            };
            Block[] blocks = { new Block("save", saveCount, ormSave), new Block("save", saveCount, jdbcSave),
                new Block("read", readCount, ormRead), new Block("read", readCount, jdbcRead) };
            for (Block block : blocks) {
                block.time(jdbc, false);
            }
            for (int round = 0; round < rounds; round++) {
                for (Block block : blocks) {
                    block.time(jdbc, true);
                }
            }
            // Every save landed: the store reads back what the last save of each plan wrote.
            for (int p = 0; p < planCount; p++) {
                assertEquals(versions[p], store.plan(plans.get(p).id()).orElseThrow().version());
            }
            StringBuilder summary = new StringBuilder();
            for (int b = 0; b < blocks.length; b += 2) {
                Block orm = blocks[b];
                Block plain = blocks[b + 1];
                double ratio = orm.median() / plain.median();
                String line = String.format(Locale.ROOT, "%s, plan %s in process, %d plans, N = %d, median of %d: ORM"
                        + " %.0f/s (p50 %.2f ms) vs raw JDBC %.0f/s (p50 %.2f ms) = %.2f×", name, orm.operation,
                        planCount, orm.operations, rounds, orm.median(), orm.p50Millis(), plain.median(),
                        plain.p50Millis(), ratio);
                System.out.println("benchmark: " + line + "; rounds ORM " + orm.rates + ", JDBC " + plain.rates);
                summary.append(String.join("\t", "3 ORM vs JDBC", name + ": plan " + orm.operation + " in process,"
                        + " store (EclipseLink) vs raw JDBC (" + planCount + " plans, N = " + orm.operations + ", median of "
                        + rounds + ")", String.format(Locale.ROOT, "%.0f vs %.0f/s = %.2f×; p50 %.2f vs %.2f ms",
                                orm.median(), plain.median(), ratio, orm.p50Millis(), plain.p50Millis()),
                        "≥ 0.5×", ratio >= 0.5 ? "pass" : "FAIL")).append('\n');
            }
            String file = System.getProperty("orm.benchmark.summary", "");
            if (!file.isBlank()) {
                Files.writeString(Path.of(file), summary, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    /** The {@code i}th operation of a block; returns how long its timed part took, in nanoseconds. */
    @FunctionalInterface
    private interface Operation {
        long nanos(int i) throws SQLException;
    }

    /** One side's operation, timed block by block. */
    private static final class Block {

        final String operation;
        final int operations;
        final Operation work;
        final List<Long> rates = new ArrayList<>();
        final List<Double> p50s = new ArrayList<>();

        Block(String operation, int operations, Operation work) {
            this.operation = operation;
            this.operations = operations;
            this.work = work;
        }

        /** One block of operations; the warm-up's (not counted) is half as long. */
        void time(RawJdbc jdbc, boolean counted) throws SQLException {
            int operations = counted ? this.operations : this.operations / 2;
            jdbc.rebuildTables();
            long[] nanos = new long[operations];
            long total = 0;
            for (int i = 0; i < operations; i++) {
                nanos[i] = work.nanos(i);
                total += nanos[i];
            }
            if (counted) {
                rates.add(Math.round(operations / (total / 1e9)));
                Arrays.sort(nanos);
                p50s.add(nanos[operations / 2] / 1e6);
            }
        }

        double median() {
            List<Long> sorted = rates.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        double p50Millis() {
            List<Double> sorted = p50s.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    /** A plan as a plan meeting writes it: three SMART goals with themes and icons, the fields, notes, parking lot. */
    private static Plan plan(String citizenId, int variant) {
        List<Goal> goals = new ArrayList<>();
        String[] texts = { "Jeg laver selv aftensmad to gange om ugen", "Jeg tager bussen alene til værkstedet",
            "Jeg ringer selv til lægen" };
        for (int n = 1; n <= 3; n++) {
            goals.add(new Goal(null, null, n, texts[n - 1],
                    new Smart("Aftensmad", "To gange om ugen", "Med støtte første måned", "Ja", "Inden sommer"),
                    "Gælder hverdage",
                    new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", "code-" + n), "Egenomsorg"),
                    null, List.of("theme.egenomsorg", "interest.music"), GoalType.DEVELOP,
                    new Score("fko", "1", currentScore(n, variant)), new Score("fko", "1", 1), null, null, List.of(),
                    GoalStatus.ACTIVE, null, null));
        }
        List<FieldEntry> resources = List.of(new FieldEntry(resourceText(variant), List.of("resource.family")),
                new FieldEntry("Jeg er god til at lave mad", List.of("resource.cooking")),
                new FieldEntry("Min kontaktperson", List.of()));
        List<ThemeField> themes = List.of(
                new ThemeField(new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", "code-1"),
                        "Egenomsorg"), List.of(new FieldEntry("Jeg vil gerne selv handle", List.of("theme.egenomsorg")))),
                new ThemeField(new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", "code-2"),
                        "Mobilitet"), List.of(new FieldEntry(null, List.of("theme.mobilitet")))));
        List<FieldEntry> employment = List.of(new FieldEntry("Værkstedet tre dage om ugen", List.of("work.workshop")));
        return new Plan(UUID.randomUUID().toString(), citizenId, null, "Jeg vil bo i min egen lejlighed", goals,
                resources, themes, employment, notes(variant), List.of("Kæreste?", parkedThought(variant)),
                new ActionPlanElements("Støtte i hverdagen fra kontaktperson, 6 timer om ugen", "Et år",
                        new SpecialConditions("Bor i botilbud", null, null, null, null)),
                1, List.of(), 0, STAMP, STAMP);
    }

    /** The plan with a plan meeting's edits of variant {@code variant}; everything else as it was. */
    private static Plan edited(Plan plan, int variant) {
        List<Goal> goals = plan.goals().stream().map(g -> new Goal(g.id(), g.lineageId(), g.number(), g.text(),
                g.smart(), g.delimitation(), g.primaryTheme(), g.secondaryTheme(), g.icons(), g.type(),
                new Score("fko", "1", currentScore(g.number(), variant)), g.expectedScore(), g.citizenScore(),
                g.disagreementNote(), g.offerIds(), g.status(), g.closing(), g.review())).toList();
        List<FieldEntry> resources = new ArrayList<>(plan.resourceField());
        resources.set(0, new FieldEntry(resourceText(variant), resources.get(0).icons()));
        List<String> parked = new ArrayList<>(plan.parkingLot());
        parked.set(parked.size() - 1, parkedThought(variant));
        return new Plan(plan.id(), plan.citizenId(), plan.cycleId(), plan.purpose(), goals, resources,
                plan.themeFields(), plan.employmentField(), notes(variant), parked, plan.actionPlan(), plan.revision(),
                plan.approvals(), plan.version(), plan.created(), new Stamp("tester", Instant.now()), plan.meeting());
    }

    private static int currentScore(int goal, int variant) {
        return (goal + variant) % 5;
    }

    private static String resourceText(int variant) {
        return "Min familie, besøg nr. " + variant;
    }

    private static String notes(int variant) {
        return "Noter fra mødet, udgave " + variant;
    }

    private static String parkedThought(int variant) {
        return "Ferie med familien (" + variant + ")";
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }

    /** Raw JDBC on one connection, statements prepared once; the tables' columns from the database. */
    private static final class RawJdbc {

        private final Connection connection;
        private final boolean postgres;
        private final Map<String, List<String>> columns = new LinkedHashMap<>();
        private final Map<String, List<Integer>> types = new LinkedHashMap<>();
        private final Map<String, PreparedStatement> selects = new LinkedHashMap<>();
        private final Map<String, PreparedStatement> deletes = new LinkedHashMap<>();
        private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        private final PreparedStatement updatePlan;
        private final PreparedStatement change;

        RawJdbc(Connection connection) throws SQLException {
            this.connection = connection;
            this.postgres = connection.getMetaData().storesLowerCaseIdentifiers();
            for (String table : TABLES) {
                List<String> names = new ArrayList<>();
                List<Integer> sqlTypes = new ArrayList<>();
                try (ResultSet found = connection.getMetaData().getColumns(null, connection.getSchema(),
                        postgres ? table.toLowerCase(Locale.ROOT) : table, "%")) {
                    while (found.next()) {
                        names.add(found.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        sqlTypes.add(found.getInt("DATA_TYPE"));
                    }
                }
                if (names.isEmpty()) {
                    throw new IllegalStateException("No table " + table + ": update PlanOrmBench.COLLECTIONS");
                }
                columns.put(table, names);
                types.put(table, sqlTypes);
                String list = String.join(", ", names);
                String key = table.equals("PLAN") ? "ID" : "PLAN_ID";
                // No ORDER BY: the rows are written back with their POSITION as they are, so their order is free.
                selects.put(table, connection.prepareStatement("SELECT " + list + " FROM " + table + " WHERE " + key
                        + " = ?"));
                if (!table.equals("PLAN")) {
                    deletes.put(table, connection.prepareStatement("DELETE FROM " + table + " WHERE PLAN_ID = ?"));
                    inserts.put(table, connection.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                            + String.join(", ", names.stream().map(c -> "?").toList()) + ")"));
                }
            }
            updatePlan = connection.prepareStatement(
                    "UPDATE PLAN SET NOTES = ?, UPDATED_AT = ?, UPDATED_BY = ?, VERSION = ? WHERE ID = ? AND VERSION = ?");
            change = connection.prepareStatement("INSERT INTO PROGRESSION_CHANGE (ID, CITIZEN_ID) VALUES (?, ?)");
        }

        Map<String, List<Object[]>> read(String planId) throws SQLException {
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            for (var select : selects.entrySet()) {
                select.getValue().setString(1, planId);
                List<Object[]> values = new ArrayList<>();
                try (ResultSet found = select.getValue().executeQuery()) {
                    int width = columns.get(select.getKey()).size();
                    while (found.next()) {
                        Object[] row = new Object[width];
                        for (int i = 0; i < width; i++) {
                            row[i] = found.getObject(i + 1);
                            if (row[i] instanceof Clob clob) {
                                row[i] = clob.getSubString(1, (int) clob.length());
                            }
                        }
                        values.add(row);
                    }
                }
                rows.put(select.getKey(), values);
            }
            connection.commit();
            return rows;
        }

        /** One save in one transaction; returns the new version. */
        long save(Plan plan, Map<String, List<Object[]>> content, long expectedVersion, int variant)
                throws SQLException {
            try {
                updatePlan.setString(1, notes(variant));
                updatePlan.setTimestamp(2, Timestamp.from(Instant.now()));
                updatePlan.setString(3, "tester");
                updatePlan.setLong(4, expectedVersion + 1);
                updatePlan.setString(5, plan.id());
                updatePlan.setLong(6, expectedVersion);
                if (updatePlan.executeUpdate() != 1) {
                    throw new IllegalStateException("Version conflict: the plan is no longer at " + expectedVersion);
                }
                for (String table : COLLECTIONS) {
                    deletes.get(table).setString(1, plan.id());
                    deletes.get(table).executeUpdate();
                }
                for (String table : COLLECTIONS) {
                    List<Object[]> rows = content.get(table);
                    if (rows.isEmpty()) {
                        continue;
                    }
                    PreparedStatement insert = inserts.get(table);
                    for (int r = 0; r < rows.size(); r++) {
                        Object[] row = edited(table, rows.get(r), r, rows.size(), variant);
                        for (int i = 0; i < row.length; i++) {
                            if (row[i] == null) {
                                insert.setNull(i + 1, types.get(table).get(i));
                            } else if (types.get(table).get(i) == Types.CLOB) {
                                insert.setString(i + 1, (String) row[i]);
                            } else {
                                insert.setObject(i + 1, row[i]);
                            }
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                change.setString(1, UUID.randomUUID().toString());
                change.setString(2, plan.citizenId());
                change.executeUpdate();
                connection.commit();
                return expectedVersion + 1;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }

        /** The row with the edits {@link PlanOrmBench#edited} makes, on a copy. */
        private Object[] edited(String table, Object[] row, int index, int count, int variant) {
            Object[] copy = row.clone();
            List<String> names = columns.get(table);
            switch (table) {
                case "PLAN_GOAL" -> copy[names.indexOf("CURRENT_VALUE")] = currentScore(
                        ((Number) copy[names.indexOf("NUMBER")]).intValue(), variant);
                case "PLAN_FIELD_ENTRY" -> {
                    if ("RESOURCE".equals(copy[names.indexOf("FIELD")]) && ((Number) copy[names.indexOf("PLACE")])
                            .intValue() == 0) {
                        copy[names.indexOf("TEXT")] = resourceText(variant);
                    }
                }
                case "PLAN_PARKING_LOT" -> {
                    if (((Number) copy[names.indexOf("POSITION")]).intValue() == count - 1) {
                        copy[names.indexOf("THOUGHT")] = parkedThought(variant);
                    }
                }
                default -> {
                    // Written back as it was.
                }
            }
            return copy;
        }

        /** Derby keeps deleted rows' index entries until a page splits; every block starts from rebuilt tables. */
        void rebuildTables() throws SQLException {
            if (postgres) {
                connection.setAutoCommit(true);
                try (var vacuum = connection.createStatement()) {
                    for (String table : TABLES) {
                        vacuum.execute("VACUUM ANALYZE " + table);
                    }
                }
                connection.setAutoCommit(false);
                return;
            }
            try (var compress = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
                for (String table : TABLES) {
                    compress.setString(1, connection.getSchema());
                    compress.setString(2, table);
                    compress.execute();
                }
            }
            connection.commit();
        }
    }
}
