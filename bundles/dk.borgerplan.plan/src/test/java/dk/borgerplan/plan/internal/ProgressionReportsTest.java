package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.GoalProgression.ScoreChange;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionReport;
import dk.borgerplan.plan.ProgressionReport.Cell;
import dk.borgerplan.plan.ProgressionReport.Counts;
import dk.borgerplan.plan.ProgressionReport.Group;
import dk.borgerplan.plan.ProgressionReport.Suppression;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.plan.spi.ProgressionStore;
import dk.borgerplan.plan.spi.ProgressionStore.CitizenCount;
import dk.borgerplan.plan.spi.ProgressionStore.GoalCount;
import dk.borgerplan.plan.spi.ProgressionStore.ProgressionCounts;
import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.internal.BundledScaleCatalog;

/** The progression report's rule (shared with a citizen's progression) and its suppression of small groups. */
class ProgressionReportsTest {

    /** The bundled scales (lower is better) and one made-up scale where higher is better. */
    private static final ScaleCatalog SCALES = new ScaleCatalog() {
        private final BundledScaleCatalog bundled = new BundledScaleCatalog();
        private final Scale up = new Scale("op", "1", Text.of("Op", "Up"), Direction.HIGHER_IS_BETTER, "test",
                bundled.find("fko").orElseThrow().levels());

        @Override
        public List<Scale> scales() {
            return bundled.scales();
        }

        @Override
        public Optional<Scale> find(String id) {
            return id.equals("op") ? Optional.of(up) : bundled.find(id);
        }

        @Override
        public Optional<Scale> find(String id, String version) {
            return id.equals("op") ? Optional.of(up) : bundled.find(id, version);
        }
    };

    private static GoalCount goals(String key, int cycle, GoalType type, int current, int expected, Integer reviewed,
            long count) {
        return new GoalCount(key, key == null ? null : "Gruppe " + key, cycle, type.name(), "fko", current, expected,
                reviewed == null ? null : "fko", reviewed, count);
    }

    private static Counts only(ProgressionReport report, String key, int cycle) {
        return cell(report, key, cycle).counts();
    }

    private static Cell cell(ProgressionReport report, String key, int cycle) {
        Group group = report.groups().stream().filter(g -> java.util.Objects.equals(g.key(), key)).findFirst()
                .orElseThrow();
        return group.cycles().stream().filter(c -> c.cycleNumber() == cycle).findFirst().orElseThrow();
    }

    @Test
    void theRuleJudgesEachGoalTypeInTheScalesDirection() {
        // fko: lower is better. Develop 3 → 2 improved, succeeded; expected 2 reached.
        var develop = ProgressionRule.judge(GoalType.DEVELOP, Direction.LOWER_IS_BETTER, 3, 2, 2);
        assertEquals(ScoreChange.IMPROVED, develop.change());
        assertTrue(develop.expectedReached());
        assertTrue(develop.succeeded());
        // A develop goal that stays level has not succeeded; a maintain goal that stays level has.
        assertFalse(ProgressionRule.judge(GoalType.DEVELOP, Direction.LOWER_IS_BETTER, 2, 1, 2).succeeded());
        var maintain = ProgressionRule.judge(GoalType.MAINTAIN, Direction.LOWER_IS_BETTER, 2, 2, 2);
        assertEquals(ScoreChange.UNCHANGED, maintain.change());
        assertTrue(maintain.succeeded());
        assertFalse(ProgressionRule.judge(GoalType.MAINTAIN, Direction.LOWER_IS_BETTER, 2, 2, 3).succeeded());
        // Limit loss: judged against the decline expected (2 → expected 3): 3 is success, 4 is not.
        var limited = ProgressionRule.judge(GoalType.LIMIT_LOSS, Direction.LOWER_IS_BETTER, 2, 3, 3);
        assertEquals(ScoreChange.WORSENED, limited.change());
        assertTrue(limited.succeeded());
        assertFalse(ProgressionRule.judge(GoalType.LIMIT_LOSS, Direction.LOWER_IS_BETTER, 2, 3, 4).succeeded());
        // Higher is better: 1 → 2 is an improvement.
        assertEquals(ScoreChange.IMPROVED,
                ProgressionRule.judge(GoalType.DEVELOP, Direction.HIGHER_IS_BETTER, 1, 2, 2).change());
    }

    @Test
    void cellsCountEveryOutcomeOnceAndReadTheScaleDirection() {
        List<GoalCount> rows = new ArrayList<>(List.of(
                goals("a", 1, GoalType.DEVELOP, 3, 2, 2, 4), // improved, reached, succeeded
                goals("a", 1, GoalType.DEVELOP, 3, 2, 3, 2), // unchanged, not reached, not succeeded
                goals("a", 1, GoalType.MAINTAIN, 2, 2, 2, 3), // unchanged, reached, succeeded
                goals("a", 1, GoalType.LIMIT_LOSS, 2, 3, 3, 1), // worsened, reached, succeeded
                goals("a", 1, GoalType.LIMIT_LOSS, 2, 3, 4, 1), // worsened, not reached, not succeeded
                goals("a", 1, GoalType.DEVELOP, 3, 2, null, 5))); // not reviewed
        rows.add(new GoalCount("a", "Gruppe a", 1, "DEVELOP", "fko", 3, 2, "ffb-funktionsevne", 1, 2)); // other scale
        rows.add(new GoalCount("a", "Gruppe a", 1, "DEVELOP", "op", 1, 2, "op", 2, 6)); // higher is better: improved
        ProgressionReport report = ProgressionReports.build(ProgressionGrouping.OFFER,
                new ProgressionCounts(rows, List.of(new CitizenCount("a", 1, 9))), 5, SCALES);
        assertEquals(new Counts(9, 24, 17, 10, 5, 2, 14, 14, 5, 2), only(report, "a", 1));
        assertEquals(List.of(1), report.cycleNumbers());
        assertEquals("Gruppe a", report.groups().get(0).label().da());
    }

    @Test
    void aGroupOfFewerThanFiveCitizensIsSuppressedAndAnotherWithIt() {
        ProgressionReport report = ProgressionReports.build(ProgressionGrouping.TEAM, new ProgressionCounts(
                List.of(goals("big", 1, GoalType.DEVELOP, 3, 2, 2, 40), goals("mid", 1, GoalType.DEVELOP, 3, 2, 2, 9),
                        goals("small", 1, GoalType.DEVELOP, 3, 2, 2, 4), goals(null, 1, GoalType.DEVELOP, 3, 2, 2, 30),
                        goals("small", 2, GoalType.DEVELOP, 3, 2, 2, 10)),
                List.of(new CitizenCount("big", 1, 20), new CitizenCount("mid", 1, 6), new CitizenCount("small", 1, 4),
                        new CitizenCount(null, 1, 15), new CitizenCount("small", 2, 5))),
                5, SCALES);
        Cell small = cell(report, "small", 1);
        assertEquals(Suppression.SMALL_GROUP, small.suppression());
        assertNull(small.counts(), "no count of a small group is shown");
        // Alone it could be found as a municipality's count minus the shown teams: the next smallest goes too.
        assertEquals(Suppression.COMPLEMENTARY, cell(report, "mid", 1).suppression());
        assertNull(cell(report, "mid", 1).counts());
        assertEquals(Suppression.NONE, cell(report, null, 1).suppression());
        assertEquals(Suppression.NONE, cell(report, "big", 1).suppression());
        // Another cycle is judged on its own: five citizens are enough.
        assertEquals(Suppression.NONE, cell(report, "small", 2).suppression());
        assertEquals(5, only(report, "small", 2).citizens());
        // The group without a team comes last, with the grouping's words.
        Group last = report.groups().get(report.groups().size() - 1);
        assertNull(last.key());
        assertEquals("Uden team", last.label().da());
    }

    @Test
    void complementarySuppressionGoesOnUntilTheSuppressedCellsHoldFiveCitizens() {
        ProgressionReport report = ProgressionReports.build(ProgressionGrouping.THEME, new ProgressionCounts(
                List.of(goals("a", 1, GoalType.DEVELOP, 3, 2, 2, 1), goals("b", 1, GoalType.DEVELOP, 3, 2, 2, 1),
                        goals("c", 1, GoalType.DEVELOP, 3, 2, 2, 7), goals("d", 1, GoalType.DEVELOP, 3, 2, 2, 8)),
                List.of(new CitizenCount("a", 1, 1), new CitizenCount("b", 1, 1), new CitizenCount("c", 1, 7),
                        new CitizenCount("d", 1, 8))),
                5, SCALES);
        // a and b are two cells but only two citizens together: c (the smaller shown) is suppressed as well.
        assertEquals(Suppression.SMALL_GROUP, cell(report, "a", 1).suppression());
        assertEquals(Suppression.SMALL_GROUP, cell(report, "b", 1).suppression());
        assertEquals(Suppression.COMPLEMENTARY, cell(report, "c", 1).suppression());
        assertEquals(Suppression.NONE, cell(report, "d", 1).suppression());
    }

    @Test
    void nothingIsSuppressedWhenEveryCellHoldsFiveCitizens() {
        ProgressionReport report = ProgressionReports.build(ProgressionGrouping.MUNICIPALITY, new ProgressionCounts(
                List.of(goals("730", 1, GoalType.DEVELOP, 3, 2, 2, 5), goals("751", 1, GoalType.DEVELOP, 3, 2, 2, 5)),
                List.of(new CitizenCount("730", 1, 5), new CitizenCount("751", 1, 5))), 5, SCALES);
        report.groups().forEach(g -> g.cycles().forEach(c -> assertFalse(c.suppressed())));
    }

    @Test
    void theServiceAsksTheStoreForTheScopeAndTodayInDenmark() {
        AtomicReference<Object[]> asked = new AtomicReference<>();
        ProgressionStore store = (grouping, scope, today) -> {
            asked.set(new Object[] { grouping, scope, today });
            return new ProgressionCounts(List.of(), List.of());
        };
        // 23:30 UTC on 31 December is already 1 January in Denmark.
        Clock clock = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        ProgressionScope scope = ProgressionScope.citizens(java.util.Set.of("c1")).providedBy(" Bo Godt ");
        ProgressionReport report = new ProgressionReports(store, SCALES, clock)
                .report(new Actor("u1", "Anne"), ProgressionGrouping.OFFER, scope);
        assertEquals(ProgressionGrouping.OFFER, asked.get()[0]);
        assertEquals("bo godt", ((ProgressionScope) asked.get()[1]).provider());
        assertEquals(LocalDate.of(2027, 1, 1), asked.get()[2]);
        assertTrue(report.groups().isEmpty());
        assertEquals(5, report.minimumCitizens());
    }
}
