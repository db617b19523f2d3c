package dk.borgerplan.plan.internal;

import dk.borgerplan.plan.GoalProgression.ScoreChange;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * The one rule for how a reviewed goal progressed, used for a citizen's progression ({@link Progressions}) and for
 * the report across citizens ({@link ProgressionReports}). Scores are compared only on the scale they were given on,
 * in its direction (KL's 0–4 scales: lower is better). Success depends on the goal type (DOMAIN.md): a "develop" goal
 * succeeded when the score improved; a "maintain" goal when it did not get worse (level is success); a "limit loss"
 * goal when it did not get worse than expected.
 */
final class ProgressionRule {

    private ProgressionRule() {
    }

    /** How a goal's review compares: which way it moved, whether the expected score was reached, success. */
    record Judgement(ScoreChange change, boolean expectedReached, boolean succeeded) {
    }

    /** The scale's direction; a scale no longer in the catalogue is read as KL's scales run. */
    static Direction direction(String scale, ScaleCatalog scales) {
        return scales.find(scale).map(s -> s.direction()).orElse(Direction.LOWER_IS_BETTER);
    }

    /** Whether a review can be compared with the scores given: only on the same scale. */
    static boolean comparable(String scoredScale, String reviewScale) {
        return reviewScale != null && reviewScale.equals(scoredScale);
    }

    static Judgement judge(GoalType type, Direction direction, int current, int expected, int reviewed) {
        int improvement = direction.improvement(current, reviewed);
        int againstExpected = direction.improvement(expected, reviewed);
        ScoreChange change = improvement > 0 ? ScoreChange.IMPROVED
                : improvement == 0 ? ScoreChange.UNCHANGED : ScoreChange.WORSENED;
        return new Judgement(change, againstExpected >= 0, succeeded(type, improvement, againstExpected));
    }

    static boolean succeeded(GoalType type, int improvement, int againstExpected) {
        return switch (type) {
            case DEVELOP -> improvement > 0;
            case MAINTAIN -> improvement >= 0;
            case LIMIT_LOSS -> againstExpected >= 0;
        };
    }
}
