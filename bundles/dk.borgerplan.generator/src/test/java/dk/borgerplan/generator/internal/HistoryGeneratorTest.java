package dk.borgerplan.generator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.spi.BulkPlanStore.History;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

class HistoryGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final BundledScaleCatalog scales = new BundledScaleCatalog();
    private final BundledThemeCatalog themes = new BundledThemeCatalog();

    @Test
    void theSameSeedGivesTheSameCitizensAndAnotherSeedOthers() {
        List<History> first = GeneratedHistories.make(42, TODAY, themes, scales, 0, 200);
        assertEquals(first, GeneratedHistories.make(42, TODAY, themes, scales, 0, 200));
        assertEquals(first.subList(100, 200), GeneratedHistories.make(42, TODAY, themes, scales, 100, 100),
                "a citizen does not depend on the others, so batches and threads do not change the data");
        assertNotEquals(first, GeneratedHistories.make(43, TODAY, themes, scales, 0, 200));
    }

    @Test
    void nCitizensEachWithThreeCyclesAFictitiousCprNumberAndAFictitiousName() {
        int n = 2000;
        List<History> histories = GeneratedHistories.make(1, TODAY, themes, scales, 0, n);
        assertEquals(n, histories.size());
        Set<String> cprs = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (History history : histories) {
            assertTrue(history.citizen().cprNumber().isFictitious());
            assertTrue(cprs.add(history.citizen().cprNumber().value()));
            assertTrue(ids.add(history.citizen().id()));
            assertTrue(history.citizen().name().matches("\\p{L}+ Testesen \\d{6}"), "fictitious name");
            assertEquals(3, history.cycles().size());
            assertEquals(List.of(1, 2, 3), history.cycles().stream().map(c -> c.number()).toList());
            assertEquals(CycleStage.CLOSED, history.cycles().get(0).stage());
            assertEquals(CycleStage.CLOSED, history.cycles().get(1).stage());
            assertTrue(history.cycles().get(2).open());
            assertEquals(3, history.plans().size());
            for (Plan plan : history.plans()) {
                assertTrue(plan.goals().size() >= 1 && plan.goals().size() <= 3);
                assertTrue(plan.approved());
                assertTrue(plan.meeting().date().isBefore(TODAY));
                for (Goal goal : plan.goals()) {
                    assertTrue(goal.currentScore().value() >= 0 && goal.currentScore().value() <= 4);
                    assertEquals("fko", goal.currentScore().scale());
                    assertTrue(goal.text().startsWith("Jeg "), "first person");
                }
            }
        }
    }

    @Test
    void theNumbersLookLikeAMunicipalitysCaseload() {
        List<History> histories = GeneratedHistories.make(3, TODAY, themes, scales, 0, 3000);
        int plans = 0;
        int goals = 0;
        int continued = 0;
        int improved = 0;
        int reviewed = 0;
        int withIcons = 0;
        for (History history : histories) {
            for (Plan plan : history.plans()) {
                plans++;
                for (Goal goal : plan.goals()) {
                    goals++;
                    continued += goal.lineageId().equals(goal.id()) ? 0 : 1;
                    withIcons += goal.icons().isEmpty() ? 0 : 1;
                    if (goal.review() != null) {
                        reviewed++;
                        // FKO: lower is better.
                        improved += goal.review().score().value() < goal.currentScore().value() ? 1 : 0;
                    }
                }
            }
            assertTrue(history.staircases().size() >= 1);
        }
        double perPlan = (double) goals / plans;
        assertTrue(perPlan > 1.8 && perPlan < 2.8, "goals per plan " + perPlan);
        assertTrue(continued > goals / 5 && continued < goals * 3 / 5, "continued " + continued + " of " + goals);
        assertTrue(improved > reviewed / 4 && improved < reviewed * 3 / 4, "improved " + improved + " of " + reviewed);
        assertTrue(withIcons > goals * 9 / 10);
    }

    @Test
    void teamsHoldAtMostTeamSizeCitizens() {
        HistoryGenerator generator = GeneratedHistories.generator(1, TODAY, themes, scales);
        assertEquals("Demo", generator.team(0));
        assertEquals("Demo", generator.team(249));
        assertEquals("Demo 2", generator.team(250));
        History history = generator.history(5);
        assertEquals(history.citizen().id(), generator.grant(5, history).citizenId());
        assertEquals(generator.grant(5, history), generator.grant(5, history));
    }
}
