package dk.borgerplan.plan;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The goal staircase (måltrappen): the overall goal and the ordered sub-goals (delmål) of a goal, made after the plan
 * meeting by the citizen and the contact person. Sub-goals are made while the plan is in use (follow-up, targeted
 * effort, status review) and only for an active goal. Every change names the staircase version it was based on
 * (0 for a goal without a staircase yet), is stamped with the actor and the time, and is kept in the history.
 *
 * @throws NotFoundException (every method) when the goal, or a named sub-goal, does not exist
 */
@ProviderType
public interface StaircaseService {

    /** The goal's staircase; an empty one with version 0 when none is made yet. */
    GoalStaircase staircase(String goalId);

    /**
     * Sets the overall goal or dream at the top of the staircase; a blank text clears it.
     *
     * @throws ValidationException when the text is too long or has control characters
     * @throws StateConflictException ({@code staircaseNotOpen}, {@code goalNotActive})
     * @throws VersionConflictException when the staircase has changed since {@code basedOnVersion}
     */
    GoalStaircase setOverallGoal(Actor actor, String goalId, long basedOnVersion, String text);

    /**
     * Adds a sub-goal as the last step.
     *
     * @throws StateConflictException ({@code staircaseNotOpen}, {@code goalNotActive}, {@code subGoalLimit})
     */
    GoalStaircase addSubGoal(Actor actor, String goalId, long basedOnVersion, String text);

    /**
     * Marks an active sub-goal completed.
     *
     * @throws StateConflictException ({@code subGoalNotActive} and the rules above)
     */
    GoalStaircase completeSubGoal(Actor actor, String goalId, long basedOnVersion, String subGoalId);

    /**
     * Replaces an active sub-goal by a new one with {@code newText}: the old one becomes replaced and stays in the
     * history, the new one takes its place in the order.
     */
    GoalStaircase replaceSubGoal(Actor actor, String goalId, long basedOnVersion, String subGoalId, String newText);

    /**
     * Puts the active sub-goals in a new order; {@code subGoalIdsInOrder} names each active sub-goal exactly once.
     * Completed and replaced steps keep their places.
     *
     * @throws ValidationException ({@code order}: {@code orderMismatch}) when the list is not exactly the active ones
     */
    GoalStaircase reorder(Actor actor, String goalId, long basedOnVersion, List<String> subGoalIdsInOrder);
}
