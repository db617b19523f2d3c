package dk.borgerplan.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.plan.spi.ProgressionStore.CitizenCount;
import dk.borgerplan.plan.spi.ProgressionStore.GoalCount;
import dk.borgerplan.plan.spi.ProgressionStore.ProgressionCounts;

/**
 * The progression report's counts for every citizen, kept as the data changes, so that a municipality's report reads
 * a few thousand counted cells instead of grouping every goal (migration V4).
 * <p>
 * Every write that can change a citizen's counts (a plan, the citizen's offers and municipality, a team relationship,
 * a method section) adds the citizen to {@code PROGRESSION_CHANGE} in its own transaction ({@link #changed}). A
 * recount ({@link #catchUp}) takes those citizens a batch at a time, asks the same grouped statements as the report by
 * named citizens ({@link JpaProgressionStore#sql}, grouped by citizen too), takes out what each citizen added before
 * ({@code PROGRESSION_CITIZEN}) and adds what it adds now to the cells ({@code PROGRESSION_CELL}). The update of the
 * one row of {@code PROGRESSION_STATE} at the start makes recounts of all nodes take turns, so no count is lost; only
 * the change rows read before the goals are deleted (by id), so a change committed meanwhile is recounted next time.
 * Everyone's counts and each provider's (the goals an offer of the provider works on) are kept. Team relationships end on a
 * date: when the day has changed since the last recount, the citizens whose relationships ended meanwhile are
 * recounted too. The cells then give, for every citizen, exactly what the grouped statements give
 * ({@code ProgressionTallyTest} compares them).
 */
final class ProgressionTally {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressionTally.class);

    /** Citizens recounted in one transaction (Derby takes a table lock past 5,000 row locks). */
    static final int CITIZENS_PER_TRANSACTION = JpaProgressionStore.CHUNK;
    private static final int CHANGES_READ = 1000;
    private static final char GOALS = 'G';
    private static final char CITIZENS = 'C';

    private final StoreDatabase database;

    ProgressionTally(StoreDatabase database) {
        this.database = database;
    }

    /** Records, in the writer's transaction, that the citizen's counts are to be recounted. */
    static void changed(EntityManager em, String citizenId) {
        em.createNativeQuery("INSERT INTO PROGRESSION_CHANGE (ID, CITIZEN_ID) VALUES (?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, citizenId).executeUpdate();
    }

    /** As {@link #changed}, for the citizen whose cycle this is. */
    static void changedCycle(EntityManager em, String cycleId) {
        em.createNativeQuery("INSERT INTO PROGRESSION_CHANGE (ID, CITIZEN_ID) SELECT CAST(? AS VARCHAR(50)), CITIZEN_ID"
                + " FROM PLAN_CYCLE WHERE ID = ?").setParameter(1, UUID.randomUUID().toString()).setParameter(2, cycleId).executeUpdate();
    }

    /** True when nothing waits to be recounted and the counts were judged on {@code today}. */
    boolean upToDate(LocalDate today) {
        return database.read(em -> {
            Object asOf = em.createNativeQuery("SELECT AS_OF FROM PROGRESSION_STATE WHERE ID = 1").getSingleResult();
            if (asOf == null || !today.equals(((Date) asOf).toLocalDate())) {
                return false;
            }
            return em.createNativeQuery("SELECT ID FROM PROGRESSION_CHANGE").setMaxResults(1).getResultList()
                    .isEmpty();
        });
    }

    /** How many changes wait to be recounted, counted up to {@code limit} (then {@code limit}). */
    int waiting(int limit) {
        return database.read(em -> em.createNativeQuery("SELECT ID FROM PROGRESSION_CHANGE").setMaxResults(limit)
                .getResultList().size());
    }

    /** Recounts every citizen that waits, in transactions of a batch each; the number recounted. */
    int catchUp(LocalDate today) {
        if (upToDate(today)) {
            return 0;
        }
        long started = System.nanoTime();
        int total = 0;
        while (true) {
            int recounted = database.write(em -> {
                try {
                    return step(em.unwrap(Connection.class), today);
                } catch (SQLException e) {
                    throw new IllegalStateException("Progression recount failed: " + e.getSQLState(), e);
                }
            });
            if (recounted == 0) {
                break;
            }
            total += recounted;
        }
        if (total > 0) {
            LOG.info("Progression counts: {} citizens recounted in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        }
        return total;
    }

    /**
     * The counts of every citizen ({@code provider} {@code null}), or of the goals the provider's offers work on (the
     * provider compared without case and surrounding blanks), as the grouped statements for everyone give them.
     */
    ProgressionCounts counts(ProgressionGrouping grouping, String provider) {
        return database.read(em -> {
            List<GoalCount> goals = new ArrayList<>();
            List<CitizenCount> citizens = new ArrayList<>();
            jakarta.persistence.Query query = em.createNativeQuery("SELECT KIND, GROUP_KEY, LABEL, CYCLE_NUMBER, GOAL_TYPE, SCALE,"
                    + " CURRENT_VALUE, EXPECTED_VALUE, REVIEW_SCALE, REVIEW_VALUE, COUNTED FROM PROGRESSION_CELL"
                    + " WHERE GROUPED_BY = ? AND " + (provider == null ? "PROVIDER IS NULL" : "PROVIDER = ?")
                    + " AND COUNTED > 0").setParameter(1, grouping.name());
            if (provider != null) {
                query.setParameter(2, provider);
            }
            List<Object[]> rows = rows(query);
            for (Object[] row : rows) {
                String key = (String) row[1];
                int cycle = ((Number) row[3]).intValue();
                long count = ((Number) row[10]).longValue();
                if (String.valueOf(row[0]).charAt(0) == CITIZENS) {
                    citizens.add(new CitizenCount(key, cycle, count));
                } else {
                    goals.add(new GoalCount(key, (String) row[2], cycle, (String) row[4], (String) row[5],
                            ((Number) row[6]).intValue(), ((Number) row[7]).intValue(), (String) row[8],
                            row[9] == null ? null : ((Number) row[9]).intValue(), count));
                }
            }
            return new ProgressionCounts(goals, citizens);
        });
    }

    /** One transaction: takes the turn, notes the day, recounts one batch of waiting citizens; how many. */
    private static int step(Connection connection, LocalDate today) throws SQLException {
        try (PreparedStatement turn = connection.prepareStatement(
                "UPDATE PROGRESSION_STATE SET GENERATION = GENERATION + 1 WHERE ID = 1")) {
            turn.executeUpdate();
        }
        LocalDate asOf;
        try (PreparedStatement state = connection.prepareStatement("SELECT AS_OF FROM PROGRESSION_STATE WHERE ID = 1");
                ResultSet row = state.executeQuery()) {
            row.next();
            Date date = row.getDate(1);
            asOf = date == null ? null : date.toLocalDate();
        }
        if (!today.equals(asOf)) {
            if (asOf != null) {
                // Team relationships that ended between the day judged on and today (either way) count differently now.
                LocalDate from = asOf.isBefore(today) ? asOf : today;
                LocalDate until = asOf.isBefore(today) ? today : asOf;
                List<String> ended = new ArrayList<>();
                try (PreparedStatement grants = connection.prepareStatement("SELECT DISTINCT CITIZEN_ID FROM"
                        + " ACCESS_GRANT WHERE KIND = 'TEAM' AND VALID_UNTIL >= ? AND VALID_UNTIL < ?")) {
                    grants.setDate(1, Date.valueOf(from));
                    grants.setDate(2, Date.valueOf(until));
                    try (ResultSet rows = grants.executeQuery()) {
                        while (rows.next()) {
                            ended.add(rows.getString(1));
                        }
                    }
                }
                try (PreparedStatement queue = connection.prepareStatement(
                        "INSERT INTO PROGRESSION_CHANGE (ID, CITIZEN_ID) VALUES (?, ?)")) {
                    for (String citizen : ended) {
                        queue.setString(1, UUID.randomUUID().toString());
                        queue.setString(2, citizen);
                        queue.addBatch();
                    }
                    queue.executeBatch();
                }
            }
            try (PreparedStatement state = connection.prepareStatement(
                    "UPDATE PROGRESSION_STATE SET AS_OF = ? WHERE ID = 1")) {
                state.setDate(1, Date.valueOf(today));
                state.executeUpdate();
            }
        }
        Set<String> next = new LinkedHashSet<>();
        try (PreparedStatement changes = connection.prepareStatement(
                "SELECT CITIZEN_ID FROM PROGRESSION_CHANGE")) {
            changes.setMaxRows(CHANGES_READ);
            try (ResultSet rows = changes.executeQuery()) {
                while (rows.next() && next.size() < CITIZENS_PER_TRANSACTION) {
                    next.add(rows.getString(1));
                }
            }
        }
        if (next.isEmpty()) {
            return 0;
        }
        List<String> citizens = new ArrayList<>(next);
        // Every change of these citizens committed so far; read before their goals, so that one committed later
        // stays for the next recount.
        List<String> done = new ArrayList<>();
        try (PreparedStatement changes = connection.prepareStatement("SELECT ID FROM PROGRESSION_CHANGE WHERE"
                + " CITIZEN_ID IN " + JpaProgressionStore.CHUNK_PARAMETERS)) {
            List<String> chunk = JpaProgressionStore.padded(citizens);
            for (int i = 0; i < chunk.size(); i++) {
                changes.setString(i + 1, chunk.get(i));
            }
            try (ResultSet rows = changes.executeQuery()) {
                while (rows.next()) {
                    done.add(rows.getString(1));
                }
            }
        }
        Contributions now = contributions(connection, citizens, today);
        Map<String, Long> cellIds = new HashMap<>();
        long nextId = 1;
        try (PreparedStatement cells = connection.prepareStatement("SELECT ID, CELL FROM PROGRESSION_CELL");
                ResultSet rows = cells.executeQuery()) {
            while (rows.next()) {
                cellIds.put(rows.getString(2), rows.getLong(1));
                nextId = Math.max(nextId, rows.getLong(1) + 1);
            }
        }
        Map<Long, Long> delta = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        for (Map<Long, Long> before : stored(connection, citizens).values()) {
            before.forEach((cell, count) -> delta.merge(cell, -count, Long::sum));
        }
        Map<Cell, String> identities = new HashMap<>();
        Map<Long, Cell> created = new LinkedHashMap<>();
        Map<String, String> storedCells = new LinkedHashMap<>();
        for (String citizen : citizens) {
            StringBuilder serialized = new StringBuilder();
            for (Map.Entry<Cell, Long> contribution : now.byCitizen().getOrDefault(citizen, Map.of()).entrySet()) {
                Cell cell = contribution.getKey();
                String identity = identities.computeIfAbsent(cell, Cell::identity);
                Long id = cellIds.get(identity);
                if (id == null) {
                    id = nextId++;
                    cellIds.put(identity, id);
                    created.put(id, cell);
                }
                delta.merge(id, contribution.getValue(), Long::sum);
                String label = now.labels().get(cell);
                if (label != null) {
                    labels.put(id, label);
                }
                serialized.append(serialized.isEmpty() ? "" : ",").append(id).append(':').append(contribution.getValue());
            }
            if (!serialized.isEmpty()) {
                storedCells.put(citizen, serialized.toString());
            }
        }
        insertCells(connection, created, identities, now.labels());
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE PROGRESSION_CELL SET COUNTED = COUNTED + ?, LABEL = COALESCE(?, LABEL) WHERE ID = ?")) {
            // In the order of the ids, so that no two writers of cells ever wait for each other in a circle.
            for (Long id : delta.keySet().stream().sorted().toList()) {
                long change = delta.get(id);
                String label = labels.get(id);
                if (change == 0 && label == null) {
                    continue;
                }
                update.setLong(1, change);
                if (label == null) {
                    update.setNull(2, Types.VARCHAR);
                } else {
                    update.setString(2, label);
                }
                update.setLong(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM PROGRESSION_CITIZEN WHERE CITIZEN_ID = ?")) {
            for (String citizen : citizens) {
                delete.setString(1, citizen);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO PROGRESSION_CITIZEN (CITIZEN_ID, CELLS) VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : storedCells.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM PROGRESSION_CHANGE WHERE ID = ?")) {
            for (String id : done) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        return citizens.size();
    }

    /** What the citizens add to the cells now: the grouped statements of every grouping, by citizen. */
    private static Contributions contributions(Connection connection, List<String> citizens, LocalDate today)
            throws SQLException {
        Map<String, Map<Cell, Long>> result = new HashMap<>();
        Map<Cell, String> labels = new HashMap<>();
        List<String> chunk = JpaProgressionStore.padded(citizens);
        for (ProgressionGrouping grouping : ProgressionGrouping.values()) {
          for (boolean byProvider : new boolean[] { false, true }) {
            JpaProgressionStore.Sql sql = JpaProgressionStore.sql(grouping, ProgressionScope.everyone(), true, true,
                    byProvider);
            try (PreparedStatement statement = connection.prepareStatement(sql.goals())) {
                int position = 1;
                if (sql.today()) {
                    statement.setDate(position++, Date.valueOf(today));
                }
                for (String id : chunk) {
                    statement.setString(position++, id);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String citizen = rows.getString(1);
                        int column = 2;
                        String provider = byProvider ? rows.getString(column++) : null;
                        String key = rows.getString(column++);
                        String label = JpaProgressionStore.label(grouping, rows.getString(column++),
                                rows.getString(column++));
                        int cycle = rows.getInt(column++);
                        String type = rows.getString(column++);
                        String scale = rows.getString(column++);
                        int current = rows.getInt(column++);
                        int expected = rows.getInt(column++);
                        String reviewScale = rows.getString(column++);
                        int reviewedValue = rows.getInt(column++);
                        Integer reviewed = rows.wasNull() ? null : reviewedValue;
                        long goals = rows.getLong(column);
                        Map<Cell, Long> cells = result.computeIfAbsent(citizen, c -> new LinkedHashMap<>());
                        Cell goalCell = new Cell(GOALS, grouping, provider, key, cycle, type, scale, current,
                                expected, reviewScale, reviewed);
                        cells.merge(goalCell, goals, Long::sum);
                        // The citizen counts once in each group and cycle it has goals in.
                        Cell citizenCell = new Cell(CITIZENS, grouping, provider, key, cycle, null, null, null, null,
                                null, null);
                        cells.put(citizenCell, 1L);
                        if (label != null) {
                            labels.put(goalCell, label);
                            labels.put(citizenCell, label);
                        }
                    }
                }
            }
          }
        }
        return new Contributions(result, labels);
    }

    /** What the citizens added before: cell id → count, by citizen. */
    private static Map<String, Map<Long, Long>> stored(Connection connection, List<String> citizens)
            throws SQLException {
        Map<String, Map<Long, Long>> result = new HashMap<>();
        List<String> chunk = JpaProgressionStore.padded(citizens);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT CITIZEN_ID, CELLS FROM PROGRESSION_CITIZEN WHERE CITIZEN_ID IN "
                        + JpaProgressionStore.CHUNK_PARAMETERS)) {
            for (int i = 0; i < chunk.size(); i++) {
                statement.setString(i + 1, chunk.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<Long, Long> cells = new HashMap<>();
                    for (String entry : rows.getString(2).split(",")) {
                        int colon = entry.indexOf(':');
                        cells.put(Long.parseLong(entry.substring(0, colon)), Long.parseLong(entry.substring(colon + 1)));
                    }
                    result.put(rows.getString(1), cells);
                }
            }
        }
        return result;
    }

    private static void insertCells(Connection connection, Map<Long, Cell> cells, Map<Cell, String> identities,
            Map<Cell, String> labels) throws SQLException {
        if (cells.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PROGRESSION_CELL (ID, CELL, KIND,"
                + " GROUPED_BY, PROVIDER, GROUP_KEY, LABEL, CYCLE_NUMBER, GOAL_TYPE, SCALE, CURRENT_VALUE,"
                + " EXPECTED_VALUE, REVIEW_SCALE, REVIEW_VALUE, COUNTED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Map.Entry<Long, Cell> entry : cells.entrySet()) {
                Cell cell = entry.getValue();
                insert.setLong(1, entry.getKey());
                insert.setString(2, identities.get(cell));
                insert.setString(3, String.valueOf(cell.kind()));
                insert.setString(4, cell.grouping().name());
                insert.setObject(5, cell.provider(), Types.VARCHAR);
                insert.setObject(6, cell.key(), Types.VARCHAR);
                insert.setObject(7, labels.get(cell), Types.VARCHAR);
                insert.setInt(8, cell.cycleNumber());
                insert.setObject(9, cell.goalType(), Types.VARCHAR);
                insert.setObject(10, cell.scale(), Types.VARCHAR);
                insert.setObject(11, cell.current(), Types.INTEGER);
                insert.setObject(12, cell.expected(), Types.INTEGER);
                insert.setObject(13, cell.reviewScale(), Types.VARCHAR);
                insert.setObject(14, cell.reviewed(), Types.INTEGER);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * One counted cell: goals ({@code G}) of a group, cycle number and combination of scores, or citizens ({@code C})
     * of a group and cycle number. Stored under a SHA-256 of its values ({@link #identity}), which fits an index.
     */
    record Cell(char kind, ProgressionGrouping grouping, String provider, String key, int cycleNumber, String goalType,
            String scale, Integer current, Integer expected, String reviewScale, Integer reviewed) {

        String identity() {
            StringBuilder text = new StringBuilder();
            for (Object part : Arrays.asList(kind, grouping, provider, key, cycleNumber, goalType, scale, current, expected,
                    reviewScale, reviewed)) {
                // Null and empty differ: each value with its length in front, -1 for none.
                String value = part == null ? null : part.toString();
                text.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
            }
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    /** What one recount found: each citizen's counts per cell, and the cells' labels. */
    private record Contributions(Map<String, Map<Cell, Long>> byCitizen, Map<Cell, String> labels) {
    }
}
