package dk.borgerplan.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.DanishTime;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionReport;
import dk.borgerplan.plan.ProgressionReport.Cell;
import dk.borgerplan.plan.ProgressionReport.Counts;
import dk.borgerplan.plan.ProgressionReport.Group;
import dk.borgerplan.plan.ProgressionReport.Suppression;
import dk.borgerplan.plan.ProgressionReportService;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.plan.spi.ProgressionStore;
import dk.borgerplan.plan.spi.ProgressionStore.CitizenCount;
import dk.borgerplan.plan.spi.ProgressionStore.GoalCount;
import dk.borgerplan.plan.spi.ProgressionStore.ProgressionCounts;
import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * The progression report: the store counts goals per group, cycle number and combination of scores in SQL; here each
 * combination is judged by {@link ProgressionRule} (the same rule as a citizen's progression), summed per cell, and
 * small cells suppressed — first every cell with fewer than {@link #MINIMUM_CITIZENS} distinct citizens, then, per
 * cycle number, further cells (fewest citizens first) until the suppressed ones are at least two with at least the
 * minimum of citizens together, or none is shown. No total across groups or cycles is made.
 */
@Component(service = ProgressionReportService.class)
public class ProgressionReports implements ProgressionReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressionReports.class);

    private final ProgressionStore store;
    private final ScaleCatalog scales;
    private final Clock clock;

    @Activate
    public ProgressionReports(@Reference ProgressionStore store, @Reference ScaleCatalog scales) {
        this(store, scales, Clock.systemUTC());
    }

    ProgressionReports(ProgressionStore store, ScaleCatalog scales, Clock clock) {
        this.store = store;
        this.scales = scales;
        this.clock = clock;
    }

    @Override
    public ProgressionReport report(Actor actor, ProgressionGrouping grouping, ProgressionScope scope) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(scope, "scope");
        LocalDate today = DanishTime.dateOf(clock.instant());
        long started = System.nanoTime();
        ProgressionCounts counts = store.counts(grouping, scope, today);
        ProgressionReport report = build(grouping, counts, MINIMUM_CITIZENS, scales);
        LOG.info("Progression report by {} for {}: {} groups from {} rows in {} ms", grouping, actor.id(),
                report.groups().size(), counts.goals().size(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** The report from the store's counts: judged, summed, suppressed. */
    static ProgressionReport build(ProgressionGrouping grouping, ProgressionCounts counts, int minimum,
            ScaleCatalog scales) {
        Map<String, Direction> directions = new HashMap<>();
        Map<CellKey, Tally> tallies = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (GoalCount row : counts.goals()) {
            Tally tally = tallies.computeIfAbsent(new CellKey(row.key(), row.cycleNumber()), k -> new Tally());
            if (row.key() != null && row.label() != null) {
                labels.putIfAbsent(row.key(), row.label());
            }
            tally.goals += row.goals();
            if (row.reviewed() == null) {
                tally.notReviewed += row.goals();
                continue;
            }
            if (!ProgressionRule.comparable(row.scale(), row.reviewScale())) {
                tally.notComparable += row.goals();
                continue;
            }
            Direction direction = directions.computeIfAbsent(row.scale(), s -> ProgressionRule.direction(s, scales));
            ProgressionRule.Judgement judgement = ProgressionRule.judge(GoalType.valueOf(row.goalType()), direction,
                    row.current(), row.expected(), row.reviewed());
            tally.reviewed += row.goals();
            switch (judgement.change()) {
                case IMPROVED -> tally.improved += row.goals();
                case UNCHANGED -> tally.unchanged += row.goals();
                case WORSENED -> tally.worsened += row.goals();
            }
            if (judgement.expectedReached()) {
                tally.expectedReached += row.goals();
            }
            if (judgement.succeeded()) {
                tally.succeeded += row.goals();
            }
        }
        for (CitizenCount row : counts.citizens()) {
            tallies.computeIfAbsent(new CellKey(row.key(), row.cycleNumber()), k -> new Tally()).citizens =
                    row.citizens();
        }
        Map<CellKey, Suppression> suppression = suppress(tallies, minimum);
        TreeSet<Integer> cycleNumbers = new TreeSet<>();
        Map<String, List<CellKey>> byGroup = new TreeMap<>(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        for (CellKey key : tallies.keySet()) {
            cycleNumbers.add(key.cycleNumber());
            byGroup.computeIfAbsent(key.group(), g -> new ArrayList<>()).add(key);
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((group, keys) -> {
            List<Cell> cells = keys.stream().sorted(Comparator.comparingInt(CellKey::cycleNumber)).map(key -> {
                Suppression why = suppression.get(key);
                return new Cell(key.cycleNumber(), why, why == Suppression.NONE ? tallies.get(key).counts() : null);
            }).toList();
            Text label = group == null ? grouping.none() : Text.of(labels.getOrDefault(group, group),
                    labels.getOrDefault(group, group));
            groups.add(new Group(group, label, cells));
        });
        // Shown by label, the group without a value last.
        groups.sort(Comparator.comparing((Group g) -> g.key() == null)
                .thenComparing(g -> g.label().da().toLowerCase(java.util.Locale.ROOT)).thenComparing(Group::key,
                        Comparator.nullsLast(Comparator.<String>naturalOrder())));
        return new ProgressionReport(grouping, minimum, List.copyOf(cycleNumbers), groups);
    }

    /**
     * Primary suppression (fewer than {@code minimum} citizens), then complementary suppression per cycle number: a
     * grouping's cells of one cycle may be compared with another grouping's (every municipality's count against the
     * sum of the offers' shown ones), so one suppressed cell must not stand alone, nor suppressed cells of fewer than
     * the minimum of citizens together.
     */
    static Map<CellKey, Suppression> suppress(Map<CellKey, Tally> tallies, int minimum) {
        Map<CellKey, Suppression> result = new HashMap<>();
        Map<Integer, List<CellKey>> byCycle = new TreeMap<>();
        tallies.keySet().forEach(key -> byCycle.computeIfAbsent(key.cycleNumber(), n -> new ArrayList<>()).add(key));
        for (List<CellKey> keys : byCycle.values()) {
            long suppressedCitizens = 0;
            int suppressedCells = 0;
            List<CellKey> shown = new ArrayList<>();
            for (CellKey key : keys) {
                if (tallies.get(key).citizens < minimum) {
                    result.put(key, Suppression.SMALL_GROUP);
                    suppressedCitizens += tallies.get(key).citizens;
                    suppressedCells++;
                } else {
                    result.put(key, Suppression.NONE);
                    shown.add(key);
                }
            }
            // Fewest citizens first; ties by key, so the same data always suppresses the same cells.
            shown.sort(Comparator.comparingLong((CellKey k) -> tallies.get(k).citizens)
                    .thenComparing(CellKey::group, Comparator.nullsFirst(Comparator.<String>naturalOrder())));
            int next = 0;
            while (suppressedCells > 0 && (suppressedCells < 2 || suppressedCitizens < minimum)
                    && next < shown.size()) {
                CellKey key = shown.get(next++);
                result.put(key, Suppression.COMPLEMENTARY);
                suppressedCitizens += tallies.get(key).citizens;
                suppressedCells++;
            }
        }
        return result;
    }

    record CellKey(String group, int cycleNumber) {
    }

    static final class Tally {
        long citizens;
        long goals;
        long reviewed;
        long improved;
        long unchanged;
        long worsened;
        long expectedReached;
        long succeeded;
        long notReviewed;
        long notComparable;

        Counts counts() {
            return new Counts(citizens, goals, reviewed, improved, unchanged, worsened, expectedReached, succeeded,
                    notReviewed, notComparable);
        }
    }
}
