package dk.borgerplan.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StaircaseEvent;
import dk.borgerplan.plan.StaircaseEvent.Kind;
import dk.borgerplan.plan.StaircaseService;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.plan.spi.StaircaseStore;

/**
 * The goal staircase's rules (seed 001, "Efter borgerplansmødet – arbejdet med mål og delmål"): sub-goals are made
 * after the plan meeting, while the plan is in use, for an active goal; at most {@value #ACTIVE_MAX} active steps; a
 * step is completed or replaced, never removed; every change is checked against the version it was based on,
 * stamped, and kept in the history.
 */
@Component(service = StaircaseService.class)
public class StaircaseModel implements StaircaseService {

    private static final Logger LOG = LoggerFactory.getLogger(StaircaseModel.class);

    static final int TEXT_MAX = 2000;
    static final int ACTIVE_MAX = 20;

    private final PlanStore plans;
    private final StaircaseStore store;
    private final Clock clock;

    @Activate
    public StaircaseModel(@Reference PlanStore plans, @Reference StaircaseStore store) {
        this(plans, store, Clock.systemUTC());
    }

    StaircaseModel(PlanStore plans, StaircaseStore store, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public GoalStaircase staircase(String goalId) {
        Plan plan = planOf(goalId);
        return store.staircase(goalId).orElseGet(() -> GoalStaircase.empty(goalId, plan.id()));
    }

    @Override
    public GoalStaircase setOverallGoal(Actor actor, String goalId, long basedOnVersion, String text) {
        List<Violation> violations = new ArrayList<>();
        PlanRules.optionalText(violations, "text", text, TEXT_MAX);
        return change(actor, goalId, basedOnVersion, violations, (staircase, now) -> {
            String overall = text == null || text.isBlank() ? null : text.strip();
            return new Change(with(staircase, overall, staircase.steps(), now),
                    new StaircaseEvent(Kind.OVERALL_GOAL_SET, null, now));
        });
    }

    @Override
    public GoalStaircase addSubGoal(Actor actor, String goalId, long basedOnVersion, String text) {
        return change(actor, goalId, basedOnVersion, textViolations(text), (staircase, now) -> {
            if (staircase.activeSteps().size() >= ACTIVE_MAX) {
                throw new StateConflictException("subGoalLimit", ACTIVE_MAX);
            }
            SubGoal step = new SubGoal(PlanModel.newId(), text.strip(), SubGoalStatus.ACTIVE, null, now, null);
            List<SubGoal> steps = new ArrayList<>(staircase.steps());
            steps.add(step);
            return new Change(with(staircase, staircase.overallGoal(), steps, now),
                    new StaircaseEvent(Kind.ADDED, step.id(), now));
        });
    }

    @Override
    public GoalStaircase completeSubGoal(Actor actor, String goalId, long basedOnVersion, String subGoalId) {
        return change(actor, goalId, basedOnVersion, List.of(), (staircase, now) -> {
            SubGoal step = activeStep(staircase, subGoalId);
            List<SubGoal> steps = replace(staircase.steps(), s -> s == step ? step.completed(now) : s);
            return new Change(with(staircase, staircase.overallGoal(), steps, now),
                    new StaircaseEvent(Kind.COMPLETED, subGoalId, now));
        });
    }

    @Override
    public GoalStaircase replaceSubGoal(Actor actor, String goalId, long basedOnVersion, String subGoalId,
            String newText) {
        return change(actor, goalId, basedOnVersion, textViolations(newText), (staircase, now) -> {
            SubGoal step = activeStep(staircase, subGoalId);
            SubGoal replacement = new SubGoal(PlanModel.newId(), newText.strip(), SubGoalStatus.ACTIVE, null, now,
                    null);
            List<SubGoal> steps = new ArrayList<>();
            for (SubGoal s : staircase.steps()) {
                if (s == step) {
                    // The old step stays where it was, and the new one stands right after it: it takes its place.
                    steps.add(step.replaced(replacement.id(), now));
                    steps.add(replacement);
                } else {
                    steps.add(s);
                }
            }
            return new Change(with(staircase, staircase.overallGoal(), steps, now),
                    new StaircaseEvent(Kind.REPLACED, subGoalId, now));
        });
    }

    @Override
    public GoalStaircase reorder(Actor actor, String goalId, long basedOnVersion, List<String> subGoalIdsInOrder) {
        List<Violation> violations = new ArrayList<>();
        if (subGoalIdsInOrder == null) {
            violations.add(Violation.of("order", "required"));
        }
        return change(actor, goalId, basedOnVersion, violations, (staircase, now) -> {
            Set<String> active = new HashSet<>(staircase.activeSteps().stream().map(SubGoal::id).toList());
            if (subGoalIdsInOrder.stream().anyMatch(Objects::isNull) || subGoalIdsInOrder.size() != active.size()
                    || !new HashSet<>(subGoalIdsInOrder).equals(active)) {
                PlanModel.requireValid(List.of(Violation.of("order", "orderMismatch")));
            }
            Iterator<String> order = subGoalIdsInOrder.iterator();
            // The active steps fill the places active steps had, in the new order; the others keep theirs.
            List<SubGoal> steps = replace(staircase.steps(),
                    s -> s.active() ? staircase.step(order.next()).orElseThrow() : s);
            return new Change(with(staircase, staircase.overallGoal(), steps, now),
                    new StaircaseEvent(Kind.REORDERED, null, now));
        });
    }

    private record Change(GoalStaircase staircase, StaircaseEvent event) {
    }

    @FunctionalInterface
    private interface Edit {
        Change apply(GoalStaircase staircase, Stamp now);
    }

    /**
     * The order every change follows: the goal exists; the version is the current one; the input is valid; the
     * plan is in use and the goal active; then the edit's own rules. Only then is it stored.
     */
    private GoalStaircase change(Actor actor, String goalId, long basedOnVersion, List<Violation> violations,
            Edit edit) {
        Plan plan = planOf(goalId);
        GoalStaircase staircase = store.staircase(goalId).orElseGet(() -> GoalStaircase.empty(goalId, plan.id()));
        if (staircase.version() != basedOnVersion) {
            throw new VersionConflictException("staircase", goalId, basedOnVersion, staircase.version());
        }
        PlanModel.requireValid(violations);
        CycleStage stage = plan.cycleId() == null ? CycleStage.PLAN_MEETING
                : plans.cycle(plan.cycleId()).map(PlanCycle::stage).orElse(CycleStage.PLAN_MEETING);
        if (!open(stage)) {
            throw new StateConflictException("staircaseNotOpen", stage);
        }
        Goal goal = plan.goal(goalId).orElseThrow();
        if (!goal.active()) {
            throw new StateConflictException("goalNotActive");
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        Change change = edit.apply(staircase, now);
        List<StaircaseEvent> history = new ArrayList<>(staircase.history());
        history.add(change.event());
        GoalStaircase changed = change.staircase();
        GoalStaircase stored = store.save(new GoalStaircase(goalId, plan.id(), changed.overallGoal(), changed.steps(),
                history, basedOnVersion, staircase.created() == null ? now : staircase.created(), now),
                basedOnVersion);
        LOG.info("Staircase of goal {}: {} {} by {}", goalId, change.event().kind(),
                change.event().subGoalId() == null ? "" : change.event().subGoalId(), actor.id());
        return stored;
    }

    /** Sub-goals are made after the plan meeting, while the plan is in use. */
    static boolean open(CycleStage stage) {
        return stage == CycleStage.FOLLOW_UP || stage == CycleStage.TARGETED_EFFORT
                || stage == CycleStage.STATUS_REVIEW;
    }

    private Plan planOf(String goalId) {
        return plans.planOfGoal(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
    }

    private static SubGoal activeStep(GoalStaircase staircase, String subGoalId) {
        SubGoal step = staircase.step(subGoalId).orElseThrow(() -> new NotFoundException("subGoal", subGoalId));
        if (!step.active()) {
            throw new StateConflictException("subGoalNotActive", step.status());
        }
        return step;
    }

    private static List<Violation> textViolations(String text) {
        List<Violation> violations = new ArrayList<>();
        PlanRules.text(violations, "text", text, TEXT_MAX);
        return violations;
    }

    private static GoalStaircase with(GoalStaircase staircase, String overallGoal, List<SubGoal> steps, Stamp now) {
        return new GoalStaircase(staircase.goalId(), staircase.planId(), overallGoal, steps, staircase.history(),
                staircase.version(), staircase.created(), now);
    }

    private static List<SubGoal> replace(List<SubGoal> steps, UnaryOperator<SubGoal> change) {
        return steps.stream().map(change).toList();
    }
}
