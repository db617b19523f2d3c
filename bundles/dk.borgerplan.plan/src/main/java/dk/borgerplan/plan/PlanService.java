package dk.borgerplan.plan;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Makes, reads and changes citizens' plans under the plan model's rules. */
@ProviderType
public interface PlanService {

    /**
     * @throws NotFoundException when the citizen does not exist
     * @throws ValidationException when the draft breaks a rule
     */
    Plan create(Actor actor, String citizenId, PlanDraft draft);

    Optional<Plan> find(String planId);

    /** The citizen's plans, newest first. */
    List<Plan> plansOf(String citizenId);

    /**
     * Replaces the plan's content, provided nobody changed it since {@code basedOnVersion}.
     *
     * @throws VersionConflictException when the plan has moved on
     */
    Plan update(Actor actor, String planId, long basedOnVersion, PlanDraft draft);

    /**
     * Records one party's approval of the plan's current revision.
     *
     * @throws StateConflictException ({@code alreadyApproved}) when that party approved this revision already
     */
    Plan approve(Actor actor, String planId, long basedOnVersion, ApprovalDraft approval);

    /** The plan that holds the goal, by the goal's id. */
    Optional<Plan> planOfGoal(String goalId);

    /** The citizen a plan belongs to, without reading the plan (for deciding access). */
    Optional<String> citizenOfPlan(String planId);

    /** The citizen a goal's plan belongs to, without reading the plan (for deciding access). */
    Optional<String> citizenOfGoal(String goalId);

    /**
     * Records that an active goal was achieved, or closed early (with a reason and a record that the authority was
     * contacted). Not a new revision: the agreed content stays, and the closing is stamped.
     *
     * @throws StateConflictException when the plan is not in use, the goal is not active, or it is the last active
     *             goal of a plan in use
     */
    Plan closeGoal(Actor actor, String goalId, long basedOnVersion, GoalClosingDraft closing);

    /**
     * Records a goal's status at the next plan meeting: its new score and the decision (continue, end, end and
     * refer). Only while the cycle is at the status review.
     */
    Plan reviewGoal(Actor actor, String goalId, long basedOnVersion, GoalReviewDraft review);

    /**
     * The progression of each of the citizen's goals over the cycles (goals continued from cycle to cycle are one),
     * read with the scale's direction and the goal type.
     */
    List<GoalProgression> progression(String citizenId);

    /** Every revision of the plan, the first first; the last is the current plan. */
    List<Plan> revisions(String planId);

    /** Help for the plan's writer (first person, SMART questions, …): never a refusal. */
    List<Hint> hints(Plan plan);

    /** Which §141 elements the plan does not state yet. */
    Completeness completeness(Plan plan);

    /** How many goal slots a plan has (three unless configured otherwise). */
    int goalSlots();
}
