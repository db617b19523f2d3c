package dk.borgerplan.persistence.internal;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.plan.spi.ProgressionStore;

/**
 * The progression report's counts, grouped in the database by two standard-SQL queries (no vendor functions: the same
 * text runs on Derby and PostgreSQL): goals per group × cycle number × goal type × scores, and distinct citizens per
 * group × cycle number. The tables are the plan store's ({@code PLAN}, {@code PLAN_CYCLE}, {@code PLAN_GOAL},
 * {@code CITIZEN}, {@code CITIZEN_OFFER}), the access grants' ({@code ACCESS_GRANT}) and the method sections'
 * ({@code METHOD_SECTION}); nothing is read as an entity. A scope of named citizens is asked in chunks of
 * {@link #CHUNK} ids (always that many parameters, the last id repeated, so each database compiles the statement
 * once); the chunks' counts add up because every citizen is in exactly one chunk. The only thing meant for one
 * database is a Derby optimizer hint for that case, written as SQL comments ({@code --DERBY-PROPERTIES}), which
 * PostgreSQL ignores. The indexes the queries want are listed in the test ({@code JpaProgressionStoreTest.INDEXES}).
 */
@Component(service = ProgressionStore.class)
public class JpaProgressionStore implements ProgressionStore {

    static final int CHUNK = 500;
    /** The parameters of one chunk of ids, for {@code IN}. */
    static final String CHUNK_PARAMETERS = "(" + "?, ".repeat(CHUNK - 1) + "?)";
    /** Changes a report recounts before it answers (a few seconds' work); more are left to the background. */
    static final int RECOUNT_WHILE_ASKED = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(JpaProgressionStore.class);

    private final StoreDatabase database;
    private final ProgressionTally tally;
    private final ScheduledExecutorService background;

    /** As the application runs it: the counts of everyone are also recounted in the background every minute. */
    @Activate
    public JpaProgressionStore(@Reference StoreDatabase database) {
        this(database, Duration.ofMinutes(1));
    }

    /** {@code recountEvery} {@code null}: only when a report asks (tests). */
    JpaProgressionStore(StoreDatabase database, Duration recountEvery) {
        this.database = database;
        this.tally = new ProgressionTally(database);
        if (recountEvery == null) {
            background = null;
        } else {
            background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "borgerplan-progression-recount");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(this::recount, recountEvery.toSeconds(), recountEvery.toSeconds(),
                    TimeUnit.SECONDS);
        }
    }

    /** Lets a running recount finish (not interrupted: Derby's files do not like interrupted threads). */
    @Deactivate
    void stop() throws InterruptedException {
        if (background != null) {
            background.shutdown();
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("A background recount of the progression counts was still running at stop");
            }
        }
    }

    /** So that a report seldom waits for a recount: after a bulk load, or a busy hour. */
    private void recount() {
        try {
            tally.catchUp(dk.borgerplan.plan.DanishTime.dateOf(java.time.Instant.now()));
        } catch (RuntimeException e) {
            LOG.warn("Progression counts not recounted in the background ({}); the next report recounts",
                    e.getClass().getSimpleName());
        }
    }

    /** The tally (tests and benchmarks). */
    ProgressionTally tally() {
        return tally;
    }

    /**
     * Everyone's counts, and an offer's staff's (everyone's, of the goals their provider's offers work on), come from
     * the {@link ProgressionTally}, brought up to date first, unless more changes wait than a report should wait for;
     * named citizens' are grouped from the goals.
     */
    @Override
    public ProgressionCounts counts(ProgressionGrouping grouping, ProgressionScope scope, LocalDate today) {
        if (scope.citizenIds() == null) {
            if (tally.waiting(RECOUNT_WHILE_ASKED + 1) <= RECOUNT_WHILE_ASKED) {
                try {
                    tally.catchUp(today);
                    return tally.counts(grouping, scope.provider());
                } catch (RuntimeException e) {
                    // The report is still owed an answer: grouped from the goals, as before the kept counts.
                    LOG.warn("Progression counts could not be recounted ({}); the report is grouped from the goals",
                            e.getClass().getSimpleName());
                }
            } else {
                // Right after an upgrade or a bulk load: grouped now, while the background recount catches up.
                LOG.info("Progression report grouped from the goals: the kept counts are being recounted");
            }
        }
        return grouped(grouping, scope, today);
    }

    /** The counts grouped from the goals by the two statements. */
    ProgressionCounts grouped(ProgressionGrouping grouping, ProgressionScope scope, LocalDate today) {
        if (scope.citizenIds() != null && scope.citizenIds().isEmpty()) {
            return new ProgressionCounts(List.of(), List.of());
        }
        return database.read(em -> {
            Map<List<Object>, GoalCount> goals = new HashMap<>();
            Map<List<Object>, CitizenCount> citizens = new HashMap<>();
            if (scope.citizenIds() == null) {
                run(em, grouping, scope, today, null, goals, citizens);
            } else {
                List<String> ids = new ArrayList<>(scope.citizenIds());
                java.util.Collections.sort(ids);
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    List<String> chunk = padded(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                    run(em, grouping, scope, today, chunk, goals, citizens);
                }
            }
            return new ProgressionCounts(List.copyOf(goals.values()), List.copyOf(citizens.values()));
        });
    }

    private static void run(EntityManager em, ProgressionGrouping grouping, ProgressionScope scope, LocalDate today,
            List<String> chunk, Map<List<Object>, GoalCount> goals, Map<List<Object>, CitizenCount> citizens) {
        Sql sql = sql(grouping, scope, chunk != null);
        for (Object[] row : rows(bind(em.createNativeQuery(sql.goals()), sql, scope, today, chunk))) {
            String key = (String) row[0];
            String label = label(grouping, (String) row[1], (String) row[2]);
            int cycle = ((Number) row[3]).intValue();
            String type = (String) row[4];
            String scale = (String) row[5];
            int current = ((Number) row[6]).intValue();
            int expected = ((Number) row[7]).intValue();
            String reviewScale = (String) row[8];
            Integer reviewed = row[9] == null ? null : ((Number) row[9]).intValue();
            long count = ((Number) row[10]).longValue();
            List<Object> id = java.util.Arrays.asList(key, cycle, type, scale, current, expected, reviewScale,
                    reviewed);
            goals.merge(id, new GoalCount(key, label, cycle, type, scale, current, expected, reviewScale, reviewed,
                    count), (a, b) -> new GoalCount(a.key(), a.label() != null ? a.label() : b.label(),
                            a.cycleNumber(), a.goalType(), a.scale(), a.current(), a.expected(), a.reviewScale(),
                            a.reviewed(), a.goals() + b.goals()));
        }
        for (Object[] row : rows(bind(em.createNativeQuery(sql.citizens()), sql, scope, today, chunk))) {
            String key = (String) row[0];
            int cycle = ((Number) row[1]).intValue();
            long count = ((Number) row[2]).longValue();
            citizens.merge(java.util.Arrays.asList(key, cycle), new CitizenCount(key, cycle, count),
                    (a, b) -> new CitizenCount(a.key(), a.cycleNumber(), a.citizens() + b.citizens()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** Always {@link #CHUNK} ids (the last repeated), so each database compiles a statement once. */
    static List<String> padded(List<String> ids) {
        if (ids.isEmpty() || ids.size() > CHUNK) {
            throw new IllegalArgumentException("a chunk holds 1 to " + CHUNK + " ids");
        }
        List<String> chunk = new ArrayList<>(ids);
        while (chunk.size() < CHUNK) {
            chunk.add(chunk.get(chunk.size() - 1));
        }
        return chunk;
    }

    /** An offer is its name with its provider; the other groupings' labels are one column. */
    static String label(ProgressionGrouping grouping, String label, String detail) {
        if (label == null) {
            return null;
        }
        return grouping == ProgressionGrouping.OFFER && detail != null && !detail.isBlank()
                ? label.strip() + " (" + detail.strip() + ")"
                : label.strip();
    }

    /** Binds the parameters in the order {@link #sql} placed them. */
    private static Query bind(Query query, Sql sql, ProgressionScope scope, LocalDate today, List<String> chunk) {
        int position = 1;
        if (sql.today()) {
            query.setParameter(position++, Date.valueOf(today));
        }
        for (int i = 0; i < sql.providers(); i++) {
            query.setParameter(position++, scope.provider());
        }
        if (chunk != null) {
            for (String id : chunk) {
                query.setParameter(position++, id);
            }
        }
        return query;
    }

    /** The two statements, and which parameters they take (today, the provider n times, the chunk's ids). */
    record Sql(String goals, String citizens, boolean today, int providers) {
    }

    static Sql sql(ProgressionGrouping grouping, ProgressionScope scope, boolean chunked) {
        return sql(grouping, scope, chunked, false, false);
    }

    /**
     * With {@code perCitizen}, the goals statement also groups by citizen and answers the citizen's id first (the
     * {@link ProgressionTally}'s recount); with {@code byProvider} too, it counts each goal for every provider whose
     * offer works on it (what {@code scope.provider()} restricts to one provider) and answers the provider, compared
     * without case and surrounding blanks, second. The citizens statement is then not meant to be used.
     */
    static Sql sql(ProgressionGrouping grouping, ProgressionScope scope, boolean chunked, boolean perCitizen,
            boolean byProvider) {
        String key;
        String label;
        String detail = "CAST(NULL AS VARCHAR(200))";
        String join;
        boolean today = false;
        int providers = 0;
        String distinctGoals = "COUNT(*)";
        switch (grouping) {
            case OFFER -> {
                // An offer is its provider and name, compared without case and surrounding blanks (as the October
                // planning does); a goal naming no offer is every offer's.
                key = "CASE WHEN o.OFFER_ID IS NULL THEN NULL"
                        + " ELSE COALESCE(LOWER(TRIM(o.PROVIDER)), '') || '|' || LOWER(TRIM(o.NAME)) END";
                label = "MAX(o.NAME)";
                detail = "MAX(o.PROVIDER)";
                join = " LEFT JOIN CITIZEN_OFFER o ON o.CITIZEN_ID = p.CITIZEN_ID"
                        + " AND (g.OFFER_IDS = '' OR ',' || g.OFFER_IDS || ',' LIKE '%,' || o.OFFER_ID || ',%')"
                        + (byProvider ? " AND LOWER(TRIM(o.PROVIDER)) = LOWER(TRIM(pv.PROVIDER))"
                                : scope.provider() == null ? "" : " AND LOWER(TRIM(o.PROVIDER)) = ?");
                if (scope.provider() != null && !byProvider) {
                    providers++;
                }
                distinctGoals = "COUNT(DISTINCT g.GOAL_ID)";
            }
            case TEAM -> {
                key = "t.TEAM";
                label = "MAX(t.TEAM)";
                join = " LEFT JOIN ACCESS_GRANT t ON t.CITIZEN_ID = p.CITIZEN_ID AND t.KIND = 'TEAM'"
                        + " AND (t.VALID_UNTIL IS NULL OR t.VALID_UNTIL >= ?)";
                today = true;
                distinctGoals = "COUNT(DISTINCT g.GOAL_ID)";
            }
            case THEME -> {
                key = "g.PRIMARY_THEME_SYSTEM || '|' || g.PRIMARY_THEME_VERSION || '|' || g.PRIMARY_THEME_CODE";
                label = "MAX(g.PRIMARY_THEME_LABEL)";
                join = "";
            }
            case METHOD -> {
                key = "m.METHOD_ID";
                label = "MAX(m.METHOD_ID)";
                join = " LEFT JOIN (SELECT DISTINCT s.CYCLE_ID, s.METHOD_ID FROM METHOD_SECTION s) m"
                        + " ON m.CYCLE_ID = c.ID";
            }
            case MUNICIPALITY -> {
                key = "z.ACTING_MUNICIPALITY";
                label = "MAX(z.ACTING_MUNICIPALITY)";
                join = " JOIN CITIZEN z ON z.ID = p.CITIZEN_ID";
            }
            default -> throw new IllegalArgumentException("grouping");
        }
        String citizen = byProvider ? "p.CITIZEN_ID, LOWER(TRIM(pv.PROVIDER)), "
                : perCitizen ? "p.CITIZEN_ID, " : "";
        if (byProvider) {
            // A citizen's goal is joined once per offer of a provider that works on it: counted once per provider.
            distinctGoals = "COUNT(DISTINCT g.GOAL_ID)";
            join = " JOIN CITIZEN_OFFER pv ON pv.CITIZEN_ID = p.CITIZEN_ID AND pv.PROVIDER IS NOT NULL"
                    + " AND TRIM(pv.PROVIDER) <> ''"
                    + " AND (g.OFFER_IDS = '' OR ',' || g.OFFER_IDS || ',' LIKE '%,' || pv.OFFER_ID || ',%')" + join;
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (scope.provider() != null) {
            // An offer's staff count only the goals an offer of their organisation works on.
            where.append(" AND EXISTS (SELECT 1 FROM CITIZEN_OFFER po WHERE po.CITIZEN_ID = p.CITIZEN_ID")
                    .append(" AND LOWER(TRIM(po.PROVIDER)) = ?")
                    .append(" AND (g.OFFER_IDS = '' OR ',' || g.OFFER_IDS || ',' LIKE '%,' || po.OFFER_ID || ',%'))");
            providers++;
        }
        if (chunked) {
            where.append(" AND p.CITIZEN_ID IN ").append(CHUNK_PARAMETERS);
        }
        // For named citizens Derby is told (in comments, which every other database ignores) to start from their
        // plans by the index on the citizen and to keep the join order: its optimizer otherwise scans every plan for
        // each chunk.
        String from = (chunked ? " FROM --DERBY-PROPERTIES joinOrder=FIXED\n PLAN p --DERBY-PROPERTIES index=PLAN_CITIZEN\n"
                : " FROM PLAN p") + " JOIN PLAN_CYCLE c ON c.ID = p.CYCLE_ID JOIN PLAN_GOAL g ON g.PLAN_ID = p.ID"
                + join + where;
        String goals = "SELECT " + citizen + key + ", " + label + ", " + detail + ", c.NUMBER, g.GOAL_TYPE, g.CURRENT_SCALE,"
                + " g.CURRENT_VALUE, g.EXPECTED_VALUE, g.REVIEW_SCALE, g.REVIEW_VALUE, " + distinctGoals + from
                + " GROUP BY " + citizen + key + ", c.NUMBER, g.GOAL_TYPE, g.CURRENT_SCALE, g.CURRENT_VALUE, g.EXPECTED_VALUE,"
                + " g.REVIEW_SCALE, g.REVIEW_VALUE";
        String citizens = "SELECT " + key + ", c.NUMBER, COUNT(DISTINCT p.CITIZEN_ID)" + from + " GROUP BY " + key
                + ", c.NUMBER";
        return new Sql(goals, citizens, today, providers);
    }
}
