package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Completeness;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.StaircaseEvent;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.scales.internal.BundledScaleCatalog;

/** Every score leaves the API with the words of its own scale version, in the client's language. */
class ViewsTest {

    private static final Stamp STAMP = new Stamp("lokal-bruger", Instant.EPOCH);
    private static final Completeness COMPLETE = new Completeness(List.of());

    private static Plan plan(Score current) {
        return new Plan("p", "c", "Formål", List.of(new Goal(1, "Jeg", current, new Score("fko", "1", 1))), 1, STAMP,
                STAMP);
    }

    @Test
    void scoresCarryTheirLabelsInDanishOrEnglish() {
        BundledScaleCatalog scales = new BundledScaleCatalog();
        Views.PlanView danish = Views.plan(plan(new Score("fko", "1", 4)), COMPLETE, List.of(), scales, Locale.forLanguageTag("da"));
        assertEquals("Totale begrænsninger", danish.goals().get(0).currentScore().label());
        assertEquals("Jeg har brug for lidt hjælp", danish.goals().get(0).expectedScore().easyRead());
        Views.PlanView english = Views.plan(plan(new Score("fko", "1", 4)), COMPLETE, List.of(), scales, Locale.ENGLISH);
        assertEquals("Total limitations", english.goals().get(0).currentScore().label());
    }

    @Test
    void aScoreOnAScaleVersionNoLongerKnownKeepsItsValueWithoutWords() {
        Views.PlanView view = Views.plan(plan(new Score("fko", "0", 2)), COMPLETE, List.of(), new BundledScaleCatalog(), Locale.ROOT);
        assertEquals(2, view.goals().get(0).currentScore().value());
        assertNull(view.goals().get(0).currentScore().label());
    }

    @Test
    void aStaircaseLeavesWithItsStepsNumberedAndItsStatusesAndEventsInWords() {
        GoalStaircase staircase = new GoalStaircase("g", "p", "Drømmen",
                List.of(new SubGoal("a", "Trin 1", SubGoalStatus.COMPLETED, null, STAMP, STAMP),
                        new SubGoal("b", "Trin 2", SubGoalStatus.REPLACED, "c", STAMP, STAMP),
                        new SubGoal("c", "Trin 2b", SubGoalStatus.ACTIVE, null, STAMP, null)),
                List.of(new StaircaseEvent(StaircaseEvent.Kind.REPLACED, "b", STAMP)), 4, STAMP, STAMP);
        Views.StaircaseView danish = Views.staircase(staircase, Locale.forLanguageTag("da"));
        assertEquals(List.of("Gennemført", "Udskiftet", "Aktivt"),
                danish.steps().stream().map(Views.SubGoalView::statusLabel).toList());
        assertEquals(3, danish.steps().get(2).step());
        assertEquals(1, danish.activeSteps());
        assertEquals("Delmål udskiftet", danish.history().get(0).kindLabel());
        assertEquals("Replaced", Views.staircase(staircase, Locale.ENGLISH).steps().get(1).statusLabel());
    }
}
