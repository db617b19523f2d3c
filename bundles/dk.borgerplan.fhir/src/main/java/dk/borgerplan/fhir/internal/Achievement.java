package dk.borgerplan.fhir.internal;

import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.Score;
import dk.borgerplan.scales.Direction;

/**
 * A goal's FHIR {@code achievementStatus} (http://terminology.hl7.org/CodeSystem/goal-achievement), read from its
 * status review with the goal type (FFB måltype) and the scale's direction. The README has the table.
 */
enum Achievement {
    IN_PROGRESS("in-progress", "In Progress"),
    IMPROVING("improving", "Improving"),
    WORSENING("worsening", "Worsening"),
    NO_CHANGE("no-change", "No Change"),
    ACHIEVED("achieved", "Achieved"),
    SUSTAINING("sustaining", "Sustaining"),
    NOT_ACHIEVED("not-achieved", "Not Achieved");

    static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    final String code;
    final String display;

    Achievement(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /**
     * @param direction the direction of the scale the goal is scored on; {@code null} when the scale is unknown, and
     *     then scores are not compared
     */
    static Achievement of(Goal goal, Direction direction) {
        GoalReview review = goal.review();
        Score reviewed = review == null ? null : review.score();
        boolean comparable = reviewed != null && direction != null && goal.currentScore() != null
                && sameScale(goal.currentScore(), reviewed)
                && (goal.expectedScore() == null || sameScale(goal.expectedScore(), reviewed));
        if (!comparable) {
            return withoutScores(goal);
        }
        Achievement progress = progress(goal.type(), direction, goal.currentScore().value(),
                goal.expectedScore() == null ? goal.currentScore().value() : goal.expectedScore().value(),
                reviewed.value());
        boolean ends = review.outcome() == ReviewOutcome.END || review.outcome() == ReviewOutcome.END_AND_REFER
                || goal.status() != GoalStatus.ACTIVE;
        // A goal that ends without being met is not achieved, whatever the trend was.
        if (ends && (progress == IMPROVING || progress == NO_CHANGE || progress == WORSENING)) {
            return NOT_ACHIEVED;
        }
        return progress;
    }

    /**
     * DEVELOP: met when the reviewed level is at least the expected one, otherwise the trend from the current level.
     * MAINTAIN: holding the level (or better) is success, so "sustaining"; worse is "worsening". LIMIT_LOSS: no loss
     * is "sustaining", a loss no larger than expected is "achieved", a larger one "worsening".
     */
    static Achievement progress(GoalType type, Direction direction, int current, int expected, int reviewed) {
        int sinceCurrent = direction.improvement(current, reviewed);
        int againstExpected = direction.improvement(expected, reviewed);
        switch (type) {
            case MAINTAIN:
                return sinceCurrent >= 0 ? SUSTAINING : WORSENING;
            case LIMIT_LOSS:
                if (sinceCurrent >= 0) {
                    return SUSTAINING;
                }
                return againstExpected >= 0 ? ACHIEVED : WORSENING;
            case DEVELOP:
            default:
                if (againstExpected >= 0 && expected != current) {
                    return ACHIEVED;
                }
                if (sinceCurrent > 0) {
                    return againstExpected >= 0 ? ACHIEVED : IMPROVING;
                }
                return sinceCurrent == 0 ? NO_CHANGE : WORSENING;
        }
    }

    private static Achievement withoutScores(Goal goal) {
        if (goal.status() == GoalStatus.ACHIEVED) {
            return goal.type() == GoalType.MAINTAIN ? SUSTAINING : ACHIEVED;
        }
        if (goal.status() == GoalStatus.CLOSED_EARLY) {
            return NOT_ACHIEVED;
        }
        GoalReview review = goal.review();
        if (review != null && review.outcome() != ReviewOutcome.CONTINUE) {
            return NOT_ACHIEVED;
        }
        return IN_PROGRESS;
    }

    private static boolean sameScale(Score a, Score b) {
        return a.scale().equals(b.scale());
    }
}
