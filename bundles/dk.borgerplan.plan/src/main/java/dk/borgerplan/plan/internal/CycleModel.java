package dk.borgerplan.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.CycleTransition;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.plan.spi.StaircaseStore;

/**
 * The yearly cycle's rules: one open cycle per citizen; forward one stage at a time; the follow-up needs the plan
 * from the plan meeting with at least one active goal; the targeted effort needs a sub-goal (delmål) for every active
 * goal; closing a cycle opens the next. Every transition is kept.
 */
@Component(service = CycleService.class)
public class CycleModel implements CycleService {

    private static final Logger LOG = LoggerFactory.getLogger(CycleModel.class);

    private final PlanStore store;
    private final StaircaseStore staircases;
    private final Clock clock;

    @Activate
    public CycleModel(@Reference PlanStore store, @Reference StaircaseStore staircases) {
        this(store, staircases, Clock.systemUTC());
    }

    CycleModel(PlanStore store, StaircaseStore staircases, Clock clock) {
        this.store = store;
        this.staircases = staircases;
        this.clock = clock;
    }

    @Override
    public PlanCycle open(Actor actor, String citizenId) {
        return open(actor, citizenId, CycleStage.PREPARATION);
    }

    PlanCycle open(Actor actor, String citizenId, CycleStage stage) {
        return openCycle(store, clock, actor, citizenId, stage);
    }

    /** Opens the citizen's next cycle at {@code stage} (the plan meeting, when a plan is made without a cycle). */
    static PlanCycle openCycle(PlanStore store, Clock clock, Actor actor, String citizenId, CycleStage stage) {
        Citizen citizen = store.citizen(citizenId).orElseThrow(() -> new NotFoundException("citizen", citizenId));
        List<PlanCycle> cycles = store.cyclesOf(citizenId);
        if (cycles.stream().anyMatch(PlanCycle::open)) {
            throw new StateConflictException("cycleOpen");
        }
        int number = cycles.isEmpty() ? 1 : cycles.get(0).number() + 1;
        Stamp now = new Stamp(actor.id(), clock.instant());
        if (number > 1 && citizen.visualPlanOptOut()) {
            // A citizen who opted out of the visual plan is offered it again with every new cycle (seed 001).
            store.updateCitizen(citizen.withVisualPlanOffered(now), citizen.version());
        }
        PlanCycle cycle = store.insertCycle(new PlanCycle(PlanModel.newId(), citizenId, number, stage,
                List.of(new CycleTransition(null, stage, now)), 0, now, now));
        LOG.info("Cycle {} (number {}) opened for citizen {} at {} by {}", cycle.id(), number, citizenId, stage,
                actor.id());
        return cycle;
    }

    @Override
    public Optional<PlanCycle> find(String cycleId) {
        return store.cycle(cycleId);
    }

    @Override
    public Optional<String> citizenOfCycle(String cycleId) {
        return store.citizenOfCycle(cycleId);
    }

    @Override
    public List<PlanCycle> cyclesOf(String citizenId) {
        if (store.citizen(citizenId).isEmpty()) {
            throw new NotFoundException("citizen", citizenId);
        }
        return store.cyclesOf(citizenId);
    }

    @Override
    public List<String> carriedParkingLot(String cycleId) {
        PlanCycle cycle = store.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        return store.cyclesOf(cycle.citizenId()).stream().filter(c -> c.number() == cycle.number() - 1).findFirst()
                .flatMap(previous -> store.planOfCycle(previous.id())).map(Plan::parkingLot).orElse(List.of());
    }

    @Override
    public PlanCycle advance(Actor actor, String cycleId, long basedOnVersion, CycleStage to) {
        PlanCycle cycle = store.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        if (cycle.version() != basedOnVersion) {
            // A decision taken on an old view of the cycle is refused before its rules are weighed.
            throw new VersionConflictException("cycle", cycleId, basedOnVersion, cycle.version());
        }
        if (!cycle.open()) {
            throw new StateConflictException("cycleClosed");
        }
        if (to != cycle.stage().next()) {
            throw new StateConflictException("notNextStage", cycle.stage().next());
        }
        if (to == CycleStage.FOLLOW_UP) {
            Plan plan = store.planOfCycle(cycleId).orElseThrow(() -> new StateConflictException("planNeeded"));
            if (plan.goals().stream().noneMatch(goal -> goal.status() == GoalStatus.ACTIVE)) {
                throw new StateConflictException("activeGoalNeeded");
            }
            if (!plan.approved()) {
                throw new StateConflictException("planNotApproved");
            }
        }
        if (to == CycleStage.TARGETED_EFFORT) {
            // At least one sub-goal per goal before the targeted effort (seed 001: "minimum ét delmål").
            Plan plan = store.planOfCycle(cycleId).orElseThrow(() -> new StateConflictException("planNeeded"));
            for (Goal goal : plan.goals()) {
                if (goal.active() && !staircases.staircase(goal.id()).map(GoalStaircase::hasSubGoal).orElse(false)) {
                    throw new StateConflictException("subGoalNeeded", goal.number());
                }
            }
        }
        if (to == CycleStage.CLOSED) {
            Plan plan = store.planOfCycle(cycleId).orElse(null);
            if (plan != null && plan.goals().stream().anyMatch(goal -> goal.review() == null)) {
                throw new StateConflictException("reviewNeeded");
            }
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        List<CycleTransition> history = new ArrayList<>(cycle.history());
        history.add(new CycleTransition(cycle.stage(), to, now));
        PlanCycle moved = store.updateCycle(new PlanCycle(cycle.id(), cycle.citizenId(), cycle.number(), to, history,
                basedOnVersion, cycle.created(), now), basedOnVersion);
        LOG.info("Cycle {} moved from {} to {} by {}", cycleId, cycle.stage(), to, actor.id());
        if (to == CycleStage.CLOSED) {
            // The status at the next plan meeting closes this cycle and opens the next one.
            open(actor, cycle.citizenId(), CycleStage.PREPARATION);
        }
        return moved;
    }
}
