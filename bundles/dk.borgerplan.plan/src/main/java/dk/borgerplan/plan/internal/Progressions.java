package dk.borgerplan.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalProgression;
import dk.borgerplan.plan.GoalProgression.ProgressionPoint;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * Reads each goal's progression over the cycles; how a reviewed goal compares is {@link ProgressionRule}'s.
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
        return ProgressionRule.direction(score.scale(), scales);
    }

    static ProgressionPoint point(int cycleNumber, String planId, Goal goal, Direction direction) {
        Score reviewed = goal.review() == null ? null : goal.review().score();
        if (reviewed == null || !ProgressionRule.comparable(goal.currentScore().scale(), reviewed.scale())) {
            return new ProgressionPoint(cycleNumber, planId, goal.id(), goal.status(), goal.currentScore(),
                    goal.expectedScore(), reviewed, goal.review() == null ? null : goal.review().outcome(), null,
                    null, null);
        }
        ProgressionRule.Judgement judgement = ProgressionRule.judge(goal.type(), direction,
                goal.currentScore().value(), goal.expectedScore().value(), reviewed.value());
        return new ProgressionPoint(cycleNumber, planId, goal.id(), goal.status(), goal.currentScore(),
                goal.expectedScore(), reviewed, goal.review().outcome(), judgement.change(),
                judgement.expectedReached(), judgement.succeeded());
    }
}
