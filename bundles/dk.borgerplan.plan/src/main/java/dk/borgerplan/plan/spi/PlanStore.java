package dk.borgerplan.plan.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.VersionConflictException;

/**
 * Storage for the plan model. Each method is one transaction. The store keeps what it is given; the rules are
 * checked before it is called.
 */
@ConsumerType
public interface PlanStore {

    /**
     * Stores a new citizen and returns it as stored (with its first version).
     *
     * @throws DuplicateCitizenException when its CPR number is registered already (a concurrent registration)
     */
    Citizen insertCitizen(Citizen citizen);

    Optional<Citizen> citizen(String id);

    /**
     * Replaces a citizen if its stored version is still {@code expectedVersion}, atomically; returns it as stored.
     *
     * @throws VersionConflictException when another change came first
     * @throws DuplicateCitizenException when its new CPR number is registered for another citizen
     */
    Citizen updateCitizen(Citizen citizen, long expectedVersion);

    /** The citizen with this CPR number, if one is registered. */
    Optional<Citizen> citizenByCpr(CprNumber cprNumber);

    Page<Citizen> citizens(int offset, int limit);

    /**
     * Stores a new plan and returns it as stored (with its first version).
     *
     * @throws StateConflictException ({@code planExists}) when its cycle has a plan already
     */
    Plan insertPlan(Plan plan);

    Optional<Plan> plan(String id);

    /** The citizen's plans, newest first. */
    List<Plan> plansOf(String citizenId);

    /** Stores a new cycle and returns it as stored (with its first version). */
    PlanCycle insertCycle(PlanCycle cycle);

    Optional<PlanCycle> cycle(String id);

    /** The citizen's cycles, the newest (highest number) first. */
    List<PlanCycle> cyclesOf(String citizenId);

    /**
     * Replaces the stage, history and update stamp of a cycle if its stored version is still
     * {@code expectedVersion}, atomically; returns it as stored.
     *
     * @throws VersionConflictException when another change came first
     */
    PlanCycle updateCycle(PlanCycle cycle, long expectedVersion);

    /**
     * Like {@link #updatePlan}, and in the same transaction keeps the stored content as a closed revision: used
     * when an approved (or partly approved) plan is changed.
     */
    Plan revisePlan(Plan plan, long expectedVersion);

    /** The closed revisions of a plan, the first first (the current plan is not among them). */
    List<Plan> planRevisions(String planId);

    /** The plan that holds the goal with this id, if any. */
    Optional<Plan> planOfGoal(String goalId);

    /** The citizen of a plan, a goal's plan, a cycle: a projection, nothing else read. */
    Optional<String> citizenOfPlan(String planId);

    Optional<String> citizenOfGoal(String goalId);

    Optional<String> citizenOfCycle(String cycleId);

    /** The plan made in a cycle, if there is one. */
    Optional<Plan> planOfCycle(String cycleId);

    /**
     * Replaces purpose and goals and the update stamp of an existing plan, atomically, if and only if its stored
     * version is still {@code expectedVersion}; returns the plan as stored, with its new version.
     *
     * @throws VersionConflictException when another change came first
     * @throws NotFoundException when the plan does not exist
     */
    Plan updatePlan(Plan plan, long expectedVersion);
}
