package dk.borgerplan.plan;

import java.util.List;
import java.util.Optional;

/**
 * A goal's staircase (måltrappen): the overall goal or dream at the top ({@code overallGoal}, optional) and the
 * ordered steps (delmål) towards it, the first step first. Completed and replaced steps stay in the list where they
 * were, so the staircase shows the way walked; a replacement stands right after the step it replaced. Every change is
 * in {@code history}. {@code version} is 0 while the goal has no staircase yet; {@code created} and {@code updated}
 * are then null.
 */
public record GoalStaircase(String goalId, String planId, String overallGoal, List<SubGoal> steps,
        List<StaircaseEvent> history, long version, Stamp created, Stamp updated) {

    public GoalStaircase {
        steps = steps == null ? List.of() : List.copyOf(steps);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The staircase of a goal that has none yet. */
    public static GoalStaircase empty(String goalId, String planId) {
        return new GoalStaircase(goalId, planId, null, List.of(), List.of(), 0, null, null);
    }

    /** The steps still worked on, in order. */
    public List<SubGoal> activeSteps() {
        return steps.stream().filter(SubGoal::active).toList();
    }

    /** The step with this id, if the staircase has it. */
    public Optional<SubGoal> step(String subGoalId) {
        return steps.stream().filter(step -> step.id().equals(subGoalId)).findFirst();
    }

    /** True when at least one step is active or completed (a replaced step has its replacement). */
    public boolean hasSubGoal() {
        return steps.stream().anyMatch(step -> step.status() != SubGoalStatus.REPLACED);
    }

    /** The same staircase with another version, e.g. as a store returns it. */
    public GoalStaircase withVersion(long newVersion) {
        return new GoalStaircase(goalId, planId, overallGoal, steps, history, newVersion, created, updated);
    }
}
