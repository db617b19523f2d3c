package dk.borgerplan.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalProgression;
import dk.borgerplan.plan.GoalProgression.ProgressionPoint;
import dk.borgerplan.plan.GoalProgression.ScoreChange;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * Reads each goal's progression over the cycles. Scores are compared only on the scale they were given on, in its
 * direction (KL's 0–4 scales: lower is better). Success depends on the goal type (DOMAIN.md): a "develop" goal
 * succeeded when the score improved; a "maintain" goal when it did not get worse; a "limit loss" goal when it did
 * not get worse than expected.
 */
final class Progressions {

    private Progressions() {
    }

    static List<GoalProgression> of(List<Plan> plans, Map<String, Integer> cycleNumbers, ScaleCatalog scales) {
        List<Plan> ordered = plans.stream().filter(plan -> plan.cycleId() != null)
                .sorted(Comparator.comparing(plan -> cycleNumbers.getOrDefault(plan.cycleId(), 0))).toList();
        Map<String, List<ProgressionPoint>> points = new LinkedHashMap<>();
        Map<String, Goal> latest = new LinkedHashMap<>();
        for (Plan plan : ordered) {
            int cycleNumber = cycleNumbers.getOrDefault(plan.cycleId(), 0);
            for (Goal goal : plan.goals()) {
                Direction direction = direction(goal.currentScore(), scales);
                points.computeIfAbsent(goal.lineageId(), key -> new ArrayList<>())
                        .add(point(cycleNumber, plan.id(), goal, direction));
                latest.put(goal.lineageId(), goal);
            }
        }
        List<GoalProgression> progressions = new ArrayList<>();
        points.forEach((lineage, list) -> {
            Goal goal = latest.get(lineage);
            progressions.add(new GoalProgression(lineage, goal.text(), goal.type(), goal.currentScore().scale(),
                    direction(goal.currentScore(), scales) == Direction.LOWER_IS_BETTER, list));
        });
        return progressions;
    }

    private static Direction direction(Score score, ScaleCatalog scales) {
        // A scale no longer in the catalogue is read as KL's scales run.
        return scales.find(score.scale()).map(scale -> scale.direction()).orElse(Direction.LOWER_IS_BETTER);
    }

    static ProgressionPoint point(int cycleNumber, String planId, Goal goal, Direction direction) {
        Score reviewed = goal.review() == null ? null : goal.review().score();
        if (reviewed == null || !reviewed.scale().equals(goal.currentScore().scale())) {
            return new ProgressionPoint(cycleNumber, planId, goal.id(), goal.status(), goal.currentScore(),
                    goal.expectedScore(), reviewed, goal.review() == null ? null : goal.review().outcome(), null,
                    null, null);
        }
        int improvement = direction.improvement(goal.currentScore().value(), reviewed.value());
        int againstExpected = direction.improvement(goal.expectedScore().value(), reviewed.value());
        ScoreChange change = improvement > 0 ? ScoreChange.IMPROVED
                : improvement == 0 ? ScoreChange.UNCHANGED : ScoreChange.WORSENED;
        return new ProgressionPoint(cycleNumber, planId, goal.id(), goal.status(), goal.currentScore(),
                goal.expectedScore(), reviewed, goal.review().outcome(), change, againstExpected >= 0,
                succeeded(goal.type(), improvement, againstExpected));
    }

    static boolean succeeded(GoalType type, int improvement, int againstExpected) {
        return switch (type) {
            case DEVELOP -> improvement > 0;
            case MAINTAIN -> improvement >= 0;
            case LIMIT_LOSS -> againstExpected >= 0;
        };
    }
}
