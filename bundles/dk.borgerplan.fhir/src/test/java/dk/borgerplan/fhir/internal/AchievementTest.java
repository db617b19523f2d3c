package dk.borgerplan.fhir.internal;

import static dk.borgerplan.fhir.internal.Achievement.ACHIEVED;
import static dk.borgerplan.fhir.internal.Achievement.IMPROVING;
import static dk.borgerplan.fhir.internal.Achievement.IN_PROGRESS;
import static dk.borgerplan.fhir.internal.Achievement.NOT_ACHIEVED;
import static dk.borgerplan.fhir.internal.Achievement.NO_CHANGE;
import static dk.borgerplan.fhir.internal.Achievement.SUSTAINING;
import static dk.borgerplan.fhir.internal.Achievement.WORSENING;
import static dk.borgerplan.plan.GoalType.DEVELOP;
import static dk.borgerplan.plan.GoalType.LIMIT_LOSS;
import static dk.borgerplan.plan.GoalType.MAINTAIN;
import static dk.borgerplan.scales.Direction.HIGHER_IS_BETTER;
import static dk.borgerplan.scales.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.ReviewOutcome;

class AchievementTest {

    @Test
    void developGoals() {
        // current, expected, reviewed on FKO (lower is better)
        assertEquals(ACHIEVED, Achievement.progress(DEVELOP, LOWER_IS_BETTER, 3, 1, 1));
        assertEquals(ACHIEVED, Achievement.progress(DEVELOP, LOWER_IS_BETTER, 3, 1, 0));
        assertEquals(IMPROVING, Achievement.progress(DEVELOP, LOWER_IS_BETTER, 3, 1, 2));
        assertEquals(NO_CHANGE, Achievement.progress(DEVELOP, LOWER_IS_BETTER, 3, 1, 3));
        assertEquals(WORSENING, Achievement.progress(DEVELOP, LOWER_IS_BETTER, 3, 1, 4));
        // The direction is read from the scale, not assumed.
        assertEquals(ACHIEVED, Achievement.progress(DEVELOP, HIGHER_IS_BETTER, 1, 3, 3));
        assertEquals(WORSENING, Achievement.progress(DEVELOP, HIGHER_IS_BETTER, 3, 4, 2));
    }

    @Test
    void maintainGoalsThatHoldTheirLevelAreSustaining() {
        assertEquals(SUSTAINING, Achievement.progress(MAINTAIN, LOWER_IS_BETTER, 2, 2, 2));
        assertEquals(SUSTAINING, Achievement.progress(MAINTAIN, LOWER_IS_BETTER, 2, 2, 1));
        assertEquals(WORSENING, Achievement.progress(MAINTAIN, LOWER_IS_BETTER, 2, 2, 3));
    }

    @Test
    void limitLossGoals() {
        assertEquals(SUSTAINING, Achievement.progress(LIMIT_LOSS, LOWER_IS_BETTER, 2, 3, 2));
        assertEquals(ACHIEVED, Achievement.progress(LIMIT_LOSS, LOWER_IS_BETTER, 2, 3, 3));
        assertEquals(WORSENING, Achievement.progress(LIMIT_LOSS, LOWER_IS_BETTER, 2, 3, 4));
    }

    private static Goal goal(GoalType type, int current, int expected, Integer reviewed, ReviewOutcome outcome,
            GoalStatus status) {
        GoalReview review = outcome == null ? null
                : new GoalReview(reviewed == null ? null : Plans.fko(reviewed), outcome, null, Plans.REVIEWED);
        return Plans.goal("g", 1, "Jeg …", type, null, null, Plans.fko(current), Plans.fko(expected), null, status,
                review);
    }

    @Test
    void outcomeAndStatusDecideWithoutOrBesideScores() {
        assertEquals(IN_PROGRESS, Achievement.of(goal(DEVELOP, 3, 1, null, null, GoalStatus.ACTIVE), LOWER_IS_BETTER));
        assertEquals(ACHIEVED, Achievement.of(goal(DEVELOP, 3, 1, null, null, GoalStatus.ACHIEVED), LOWER_IS_BETTER));
        assertEquals(SUSTAINING, Achievement.of(goal(MAINTAIN, 1, 1, null, null, GoalStatus.ACHIEVED), null));
        assertEquals(NOT_ACHIEVED,
                Achievement.of(goal(DEVELOP, 3, 1, null, null, GoalStatus.CLOSED_EARLY), LOWER_IS_BETTER));
        // Ended without reaching the expected level: not achieved, whatever the trend.
        assertEquals(NOT_ACHIEVED,
                Achievement.of(goal(DEVELOP, 3, 1, 2, ReviewOutcome.END, GoalStatus.ACTIVE), LOWER_IS_BETTER));
        assertEquals(NOT_ACHIEVED, Achievement.of(
                goal(MAINTAIN, 1, 1, 2, ReviewOutcome.END_AND_REFER, GoalStatus.ACTIVE), LOWER_IS_BETTER));
        assertEquals(IMPROVING,
                Achievement.of(goal(DEVELOP, 3, 1, 2, ReviewOutcome.CONTINUE, GoalStatus.ACTIVE), LOWER_IS_BETTER));
        assertEquals(SUSTAINING,
                Achievement.of(goal(MAINTAIN, 1, 1, 1, ReviewOutcome.END, GoalStatus.ACHIEVED), LOWER_IS_BETTER));
        // A review with no score, continuing: still in progress.
        assertEquals(IN_PROGRESS, Achievement.of(goal(DEVELOP, 3, 1, null, ReviewOutcome.CONTINUE,
                GoalStatus.ACTIVE), LOWER_IS_BETTER));
        // Unknown scale: scores are not compared.
        assertEquals(IN_PROGRESS,
                Achievement.of(goal(DEVELOP, 3, 1, 2, ReviewOutcome.CONTINUE, GoalStatus.ACTIVE), null));
    }

    @Test
    void firstPersonGoalsAreTheCitizensOwnWords() {
        assertTrue(FhirPlanExporter.ownWords("Jeg laver selv mad"));
        assertTrue(FhirPlanExporter.ownWords("  \"jeg vil gerne ud at gå\""));
        assertTrue(FhirPlanExporter.ownWords("Mine penge rækker hele måneden"));
        assertFalse(FhirPlanExporter.ownWords("Støtte til at lave mad"));
        assertFalse(FhirPlanExporter.ownWords("Jeget"));
        assertFalse(FhirPlanExporter.ownWords("I dag og i morgen"));
        assertFalse(FhirPlanExporter.ownWords(null));
    }
}
