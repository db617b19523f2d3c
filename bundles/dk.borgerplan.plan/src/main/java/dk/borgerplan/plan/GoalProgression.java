package dk.borgerplan.plan;

import java.util.List;

/**
 * One goal followed over the cycles it was continued through ({@code lineageId}), the first cycle first. The
 * direction is the scale's ({@code lowerIsBetter} for KL's 0–4 scales); {@code text} and {@code type} are the latest.
 */
public record GoalProgression(String lineageId, String text, GoalType type, String scale, boolean lowerIsBetter,
        List<ProgressionPoint> points) {

    public GoalProgression {
        points = List.copyOf(points);
    }

    /**
     * One cycle of the goal: the score at the meeting, the score expected, and — once the status review has been
     * held — the score then, which way it moved, whether the expected score was reached, and whether the goal
     * succeeded for its type (develop: better; maintain: not worse; limit loss: not worse than expected).
     */
    public record ProgressionPoint(int cycleNumber, String planId, String goalId, GoalStatus status, Score current,
            Score expected, Score reviewed, ReviewOutcome outcome, ScoreChange change, Boolean expectedReached,
            Boolean succeeded) {
    }

    /** Which way a score moved on its scale, its direction taken into account. */
    public enum ScoreChange {
        IMPROVED, UNCHANGED, WORSENED
    }
}
