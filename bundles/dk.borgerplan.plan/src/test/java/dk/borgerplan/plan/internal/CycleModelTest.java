package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.Phase;
import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.CycleTransition;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/** The yearly cycle: preparation → plan meeting → follow-up → targeted effort → status → the next cycle. */
class CycleModelTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Actor CONTACT = new Actor("kontaktperson-1", "Kontaktperson");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemoryStaircaseStore staircaseStore = new InMemoryStaircaseStore();
    private final CycleModel cycles = new CycleModel(store, staircaseStore);
    private final StaircaseModel staircases = new StaircaseModel(store, staircaseStore);
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3,
            "fko", Clock.systemUTC());
    private final Citizen citizen = new CitizenRegistry(store).create(CASEWORKER, new NewCitizen("Testborger"));

    private static final PlanDraft PLAN = new PlanDraft("Formål",
            List.of(new GoalDraft("Jeg går en tur", new ScoreDraft(null, 2), new ScoreDraft(null, 1))));

    private void approveByAll(Plan plan) {
        long version = plan.version();
        for (ApprovalParty party : ApprovalParty.values()) {
            version = plans.approve(CASEWORKER, plan.id(), version, new ApprovalDraft(party, null)).version();
        }
    }

    /** The status at the next plan meeting: every goal gets its new score and "continue". */
    private void reviewAll(Plan plan) {
        long version = plans.find(plan.id()).orElseThrow().version();
        for (dk.borgerplan.plan.Goal goal : plan.goals()) {
            version = plans.reviewGoal(CASEWORKER, goal.id(), version, new dk.borgerplan.plan.GoalReviewDraft(
                    new ScoreDraft(null, 1), dk.borgerplan.plan.ReviewOutcome.CONTINUE, null)).version();
        }
    }

    private PlanCycle advance(PlanCycle cycle, CycleStage to) {
        if (to == CycleStage.TARGETED_EFFORT) {
            subGoalForEveryGoal(cycle.id());
        }
        return cycles.advance(CASEWORKER, cycle.id(), cycle.version(), to);
    }

    /** After the plan meeting, the citizen and the contact person set a first sub-goal (delmål) for each goal. */
    private void subGoalForEveryGoal(String cycleId) {
        for (dk.borgerplan.plan.Goal goal : store.planOfCycle(cycleId).orElseThrow().goals()) {
            if (goal.active() && !staircases.staircase(goal.id()).hasSubGoal()) {
                staircases.addSubGoal(CONTACT, goal.id(), staircases.staircase(goal.id()).version(),
                        "Første trin mod: " + goal.text());
            }
        }
    }

    @Test
    void aYearGoesThroughEveryStageAndTheStatusOpensTheNextCycle() {
        PlanCycle cycle = cycles.open(CASEWORKER, citizen.id());
        assertEquals(1, cycle.number());
        assertEquals(CycleStage.PREPARATION, cycle.stage());
        assertEquals(Phase.PREPARE, cycle.stage().phase());

        cycle = advance(cycle, CycleStage.PLAN_MEETING);
        Plan plan = plans.create(CASEWORKER, citizen.id(), PLAN);
        assertEquals(cycle.id(), plan.cycleId());
        approveByAll(plan);
        cycle = cycles.advance(CONTACT, cycle.id(), cycle.version(), CycleStage.FOLLOW_UP);
        cycle = advance(cycle, CycleStage.TARGETED_EFFORT);
        cycle = advance(cycle, CycleStage.STATUS_REVIEW);
        assertEquals(Phase.RENEW, cycle.stage().phase());
        PlanCycle atReview = cycle;
        assertEquals("reviewNeeded", assertThrows(StateConflictException.class,
                () -> advance(atReview, CycleStage.CLOSED)).rule());
        reviewAll(plan);
        cycle = advance(cycle, CycleStage.CLOSED);

        assertEquals(java.util.Arrays.asList(null, CycleStage.PREPARATION, CycleStage.PLAN_MEETING, CycleStage.FOLLOW_UP,
                CycleStage.TARGETED_EFFORT, CycleStage.STATUS_REVIEW),
                cycle.history().stream().map(CycleTransition::from).toList());
        assertEquals("kontaktperson-1", cycle.history().get(2).stamp().by());

        List<PlanCycle> all = cycles.cyclesOf(citizen.id());
        assertEquals(List.of(2, 1), all.stream().map(PlanCycle::number).toList());
        assertEquals(CycleStage.PREPARATION, all.get(0).stage());
    }

    @Test
    void theParkingLotIsCarriedForwardAndAPlanInUseKeepsAnActiveGoal() {
        PlanCycle first = advance(cycles.open(CASEWORKER, citizen.id()), CycleStage.PLAN_MEETING);
        Plan plan = plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", PLAN.goals(), null, null, null, null,
                List.of("Flytte til Aarhus?", "Få en kæreste"), null));
        approveByAll(plan);
        PlanCycle inUse = advance(store.cycle(first.id()).orElseThrow(), CycleStage.FOLLOW_UP);
        Plan approved = plans.find(plan.id()).orElseThrow();
        // Removing the goals of a plan in use is refused: goals are closed, never removed.
        assertEquals("goalRemoved", assertThrows(StateConflictException.class, () -> plans.update(CASEWORKER,
                approved.id(), approved.version(), new PlanDraft("Formål", List.of()))).rule());

        PlanCycle cycle = inUse;
        for (CycleStage to : new CycleStage[] { CycleStage.TARGETED_EFFORT, CycleStage.STATUS_REVIEW }) {
            cycle = advance(cycle, to);
        }
        reviewAll(plan);
        advance(cycle, CycleStage.CLOSED);
        PlanCycle second = cycles.cyclesOf(citizen.id()).get(0);
        assertEquals(2, second.number());
        assertEquals(List.of("Flytte til Aarhus?", "Få en kæreste"), cycles.carriedParkingLot(second.id()));
        assertEquals(List.of(), cycles.carriedParkingLot(first.id()));
    }

    @Test
    void thereIsOneOpenCycleAtATimeAndStagesAreNotSkipped() {
        PlanCycle cycle = cycles.open(CASEWORKER, citizen.id());
        StateConflictException open = assertThrows(StateConflictException.class,
                () -> cycles.open(CASEWORKER, citizen.id()));
        assertEquals("cycleOpen", open.rule());
        StateConflictException skip = assertThrows(StateConflictException.class,
                () -> advance(cycle, CycleStage.FOLLOW_UP));
        assertEquals("Cyklussen kan kun gå videre til næste trin: Borgerplansmøde", skip.message(Locale.ROOT));
        assertEquals(CycleStage.PREPARATION, store.cycle(cycle.id()).orElseThrow().stage());
    }

    @Test
    void theFollowUpNeedsThePlanFromThePlanMeeting() {
        PlanCycle cycle = advance(cycles.open(CASEWORKER, citizen.id()), CycleStage.PLAN_MEETING);
        StateConflictException noPlan = assertThrows(StateConflictException.class,
                () -> advance(cycle, CycleStage.FOLLOW_UP));
        assertEquals("planNeeded", noPlan.rule());
        Plan empty = plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", List.of()));
        StateConflictException noGoal = assertThrows(StateConflictException.class,
                () -> advance(cycle, CycleStage.FOLLOW_UP));
        assertEquals("activeGoalNeeded", noGoal.rule());
        Plan withGoal = plans.update(CASEWORKER, empty.id(), empty.version(), PLAN);
        plans.approve(CASEWORKER, withGoal.id(), withGoal.version(), new ApprovalDraft(ApprovalParty.CITIZEN, null));
        StateConflictException notApproved = assertThrows(StateConflictException.class,
                () -> advance(cycle, CycleStage.FOLLOW_UP));
        assertEquals("planNotApproved", notApproved.rule());
    }

    @Test
    void theTargetedEffortNeedsASubGoalForEveryActiveGoal() {
        PlanCycle cycle = advance(cycles.open(CASEWORKER, citizen.id()), CycleStage.PLAN_MEETING);
        Plan plan = plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", List.of(PLAN.goals().get(0),
                new GoalDraft("Jeg tager bussen", new ScoreDraft(null, 3), new ScoreDraft(null, 2)))));
        approveByAll(plan);
        PlanCycle followUp = advance(store.cycle(cycle.id()).orElseThrow(), CycleStage.FOLLOW_UP);
        String first = plan.goals().get(0).id();
        staircases.addSubGoal(CONTACT, first, 0, "Jeg finder en opskrift");

        StateConflictException missing = assertThrows(StateConflictException.class,
                () -> cycles.advance(CASEWORKER, cycle.id(), followUp.version(), CycleStage.TARGETED_EFFORT));
        assertEquals("subGoalNeeded", missing.rule());
        assertEquals("Mål 2 skal have mindst ét delmål, før den målrettede indsats begynder",
                missing.message(Locale.ROOT));
        assertEquals("Goal 2 needs at least one sub-goal before the targeted effort begins",
                missing.message(Locale.ENGLISH));
        assertEquals(CycleStage.FOLLOW_UP, store.cycle(cycle.id()).orElseThrow().stage());

        // A goal whose only sub-goal was replaced has its replacement; a completed one still counts.
        String second = plan.goals().get(1).id();
        var staircase = staircases.addSubGoal(CONTACT, second, 0, "Jeg finder køreplanen");
        staircase = staircases.replaceSubGoal(CONTACT, second, staircase.version(), staircase.steps().get(0).id(),
                "Jeg finder køreplanen i appen");
        staircases.completeSubGoal(CONTACT, second, staircase.version(), staircase.steps().get(1).id());
        assertEquals(CycleStage.TARGETED_EFFORT,
                cycles.advance(CASEWORKER, cycle.id(), followUp.version(), CycleStage.TARGETED_EFFORT).stage());
    }

    @Test
    void aPlanIsMadeAtThePlanMeetingOnce() {
        PlanCycle cycle = cycles.open(CASEWORKER, citizen.id());
        StateConflictException early = assertThrows(StateConflictException.class,
                () -> plans.create(CASEWORKER, citizen.id(), PLAN));
        assertEquals("notAtPlanMeeting", early.rule());
        advance(cycle, CycleStage.PLAN_MEETING);
        plans.create(CASEWORKER, citizen.id(), PLAN);
        assertEquals("planExists", assertThrows(StateConflictException.class,
                () -> plans.create(CASEWORKER, citizen.id(), PLAN)).rule());
    }

    @Test
    void aPlanForACitizenWithoutACycleOpensOneAtThePlanMeeting() {
        Plan plan = plans.create(CASEWORKER, citizen.id(), PLAN);
        PlanCycle cycle = store.cycle(plan.cycleId()).orElseThrow();
        assertEquals(CycleStage.PLAN_MEETING, cycle.stage());
        assertNull(cycle.history().get(0).from());
        assertEquals(CycleStage.PLAN_MEETING, cycle.history().get(0).to());
    }

    @Test
    void aTransitionOnAStaleVersionChangesNothing() {
        PlanCycle cycle = cycles.open(CASEWORKER, citizen.id());
        PlanCycle atMeeting = advance(cycle, CycleStage.PLAN_MEETING);
        // A second user, still looking at the preparation stage, repeats the step: refused as stale.
        assertThrows(VersionConflictException.class, () -> advance(cycle, CycleStage.PLAN_MEETING));
        // With the current version, the same step is simply not the next one.
        assertEquals("notNextStage", assertThrows(StateConflictException.class,
                () -> advance(atMeeting, CycleStage.PLAN_MEETING)).rule());
        assertEquals(atMeeting, store.cycle(cycle.id()).orElseThrow());
    }
}
