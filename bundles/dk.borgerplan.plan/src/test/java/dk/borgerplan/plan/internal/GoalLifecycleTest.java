package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalClosingDraft;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.GoalProgression;
import dk.borgerplan.plan.GoalProgression.ProgressionPoint;
import dk.borgerplan.plan.GoalProgression.ScoreChange;
import dk.borgerplan.plan.GoalReviewDraft;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/**
 * A goal's life: it keeps its id while the plan is changed, names the offers that work on it, is closed as achieved
 * or early (with a reason and the authority contacted), gets its status at the next plan meeting, and is continued
 * into the next cycle, where its progression is read with the scale's direction and the goal type.
 */
class GoalLifecycleTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Actor CONTACT = new Actor("kontaktperson-1", "Kontaktperson");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemoryStaircaseStore staircaseStore = new InMemoryStaircaseStore();
    private final CitizenRegistry citizens = new CitizenRegistry(store);
    private final CycleModel cycles = new CycleModel(store, staircaseStore);
    private final StaircaseModel staircases = new StaircaseModel(store, staircaseStore);
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3,
            "fko", Clock.systemUTC());
    private final Citizen citizen = citizens.create(CASEWORKER, new NewCitizen("Testborger", null, null, null, null,
            List.of(new Offer(null, OfferKind.RESIDENTIAL, "Bostedet Engen", "Randers Kommune", "Kontaktperson A"),
                    new Offer(null, OfferKind.DAY, "Værkstedet", "Randers Kommune", null)),
            null, null, null));

    private static GoalDraft goal(String text, GoalType type, int now, int expected) {
        return new GoalDraft(null, null, text, null, null, null, null, null, type, new ScoreDraft(null, now),
                new ScoreDraft(null, expected), null, null, null);
    }

    private static final PlanDraft THREE_GOALS = new PlanDraft("Jeg vil have et godt liv i min egen bolig",
            List.of(goal("Jeg laver selv aftensmad to gange om ugen", GoalType.DEVELOP, 3, 2),
                    goal("Jeg holder fast i mit arbejde på værkstedet", GoalType.MAINTAIN, 1, 1),
                    goal("Jeg tager selv bussen til byen", GoalType.DEVELOP, 3, 2)));

    private PlanCycle advance(String cycleId, CycleStage to) {
        if (to == CycleStage.TARGETED_EFFORT) {
            // After the plan meeting, the citizen and the contact person set a first sub-goal for each goal.
            for (Goal goal : store.planOfCycle(cycleId).orElseThrow().goals()) {
                if (goal.active() && !staircases.staircase(goal.id()).hasSubGoal()) {
                    staircases.addSubGoal(CONTACT, goal.id(), staircases.staircase(goal.id()).version(),
                            "Første trin");
                }
            }
        }
        PlanCycle cycle = store.cycle(cycleId).orElseThrow();
        return cycles.advance(CASEWORKER, cycleId, cycle.version(), to);
    }

    /** Opens a cycle, makes and approves the plan, and takes it into use. */
    private Plan planInUse(PlanDraft draft) {
        PlanCycle cycle = cycles.cyclesOf(citizen.id()).stream().filter(PlanCycle::open).findFirst()
                .orElseGet(() -> cycles.open(CASEWORKER, citizen.id()));
        advance(cycle.id(), CycleStage.PLAN_MEETING);
        Plan plan = plans.create(CASEWORKER, citizen.id(), draft);
        long version = plan.version();
        for (ApprovalParty party : ApprovalParty.values()) {
            version = plans.approve(CASEWORKER, plan.id(), version, new ApprovalDraft(party, null)).version();
        }
        advance(cycle.id(), CycleStage.FOLLOW_UP);
        return plans.find(plan.id()).orElseThrow();
    }

    private static PlanDraft asDraft(Plan plan) {
        return new PlanDraft(plan.purpose(), plan.goals().stream()
                .map(g -> new GoalDraft(g.id(), null, g.text(), g.smart(), g.delimitation(), null, null, g.icons(),
                        g.type(), new ScoreDraft(g.currentScore().scale(), g.currentScore().value()),
                        new ScoreDraft(g.expectedScore().scale(), g.expectedScore().value()), null, null,
                        g.offerIds()))
                .toList());
    }

    @Test
    void aGoalKeepsItsIdWhenThePlanIsChangedAndANewGoalGetsANewOne() {
        Plan plan = plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", THREE_GOALS.goals().subList(0, 2)));
        Goal first = plan.goals().get(0);
        assertEquals(first.id(), first.lineageId());
        PlanDraft changed = new PlanDraft("Formål", List.of(asDraft(plan).goals().get(1), asDraft(plan).goals().get(0),
                THREE_GOALS.goals().get(2)));
        Plan updated = plans.update(CASEWORKER, plan.id(), plan.version(), changed);
        assertEquals(first.id(), updated.goals().get(1).id());
        assertEquals(2, updated.goals().get(1).number());
        assertFalse(List.of(first.id(), plan.goals().get(1).id()).contains(updated.goals().get(2).id()));
        assertEquals(updated, plans.planOfGoal(first.id()).orElseThrow());
    }

    @Test
    void aGoalNamedByAnIdThePlanDoesNotHaveIsRefused() {
        Plan plan = plans.create(CASEWORKER, citizen.id(), THREE_GOALS);
        GoalDraft stranger = new GoalDraft("5e1f3c4a-0000-4000-8000-000000000000", null, "Jeg", null, null, null,
                null, null, null, new ScoreDraft(null, 1), new ScoreDraft(null, 1), null, null, null);
        ValidationException e = assertThrows(ValidationException.class,
                () -> plans.update(CASEWORKER, plan.id(), plan.version(), new PlanDraft("Formål", List.of(stranger))));
        assertEquals(List.of(Violation.of("goals[0].id", "unknownGoal")), e.violations());
    }

    @Test
    void aGoalWorksWithAllOffersByDefaultOrWithTheOnesItNames() {
        String day = citizen.offers().get(1).id();
        GoalDraft withOffer = new GoalDraft(null, null, "Jeg møder til tiden", null, null, null, null, null, null,
                new ScoreDraft(null, 2), new ScoreDraft(null, 1), null, null, List.of(day));
        GoalDraft unknown = new GoalDraft(null, null, "Jeg", null, null, null, null, null, null,
                new ScoreDraft(null, 2), new ScoreDraft(null, 1), null, null,
                List.of("00000000-0000-4000-8000-000000000000"));
        ValidationException e = assertThrows(ValidationException.class, () -> plans.create(CASEWORKER, citizen.id(),
                new PlanDraft("Formål", List.of(withOffer, unknown))));
        assertEquals(List.of(Violation.of("goals[1].offerIds[0]", "unknownOffer")), e.violations());

        Plan plan = plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål",
                List.of(withOffer, THREE_GOALS.goals().get(0))));
        assertEquals(List.of(day), plan.goals().get(0).offerIds());
        assertEquals(List.of(), plan.goals().get(1).offerIds());
        // The offer a goal works with cannot be removed from the citizen while the plan is in hand.
        Citizen current = citizens.find(citizen.id()).orElseThrow();
        NewCitizen withoutDay = new NewCitizen(current.name(), null, null, null, null,
                List.of(current.offers().get(0)), null, null, null);
        assertEquals("offerInUse", assertThrows(StateConflictException.class,
                () -> citizens.update(CASEWORKER, citizen.id(), current.version(), withoutDay)).rule());
    }

    @Test
    void aGoalIsClosedEarlyOnlyWithAReasonAndTheAuthorityContacted() {
        Plan plan = planInUse(THREE_GOALS);
        String bus = plan.goals().get(2).id();
        ValidationException noReason = assertThrows(ValidationException.class, () -> plans.closeGoal(CONTACT, bus,
                plan.version(), new GoalClosingDraft(GoalStatus.CLOSED_EARLY, " ", false)));
        assertEquals(List.of(Violation.of("reason", "required"),
                Violation.of("authorityContacted", "authorityContacted")), noReason.violations());

        Plan closed = plans.closeGoal(CONTACT, bus, plan.version(),
                new GoalClosingDraft(GoalStatus.CLOSED_EARLY, "Borgeren er flyttet til et andet bosted", true));
        Goal goal = closed.goal(bus).orElseThrow();
        assertEquals(GoalStatus.CLOSED_EARLY, goal.status());
        assertEquals("Borgeren er flyttet til et andet bosted", goal.closing().reason());
        assertTrue(goal.closing().authorityContacted());
        assertEquals("kontaktperson-1", goal.closing().stamp().by());
        // A record of the follow-up, not a change of the agreed content: the revision stays, and it stays approved.
        assertEquals(plan.revision(), closed.revision());
        assertTrue(closed.approved());

        StateConflictException notActive = assertThrows(StateConflictException.class, () -> plans.closeGoal(CONTACT,
                bus, closed.version(), new GoalClosingDraft(GoalStatus.ACHIEVED, null, null)));
        assertEquals("goalNotActive", notActive.rule());
        assertEquals("goal", notActive.field(), "the goal's own status is in the way, not the cycle");
        assertThrows(VersionConflictException.class, () -> plans.closeGoal(CONTACT, plan.goals().get(0).id(),
                plan.version(), new GoalClosingDraft(GoalStatus.ACHIEVED, null, null)));
    }

    @Test
    void theLastActiveGoalOfAPlanInUseIsNotClosedAndClosingWaitsForTheFollowUp() {
        Plan drafted = plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", THREE_GOALS.goals().subList(0, 1)));
        assertEquals("planNotInUse", assertThrows(StateConflictException.class, () -> plans.closeGoal(CONTACT,
                drafted.goals().get(0).id(), drafted.version(), new GoalClosingDraft(GoalStatus.ACHIEVED, null, null)))
                .rule());
        long version = drafted.version();
        for (ApprovalParty party : ApprovalParty.values()) {
            version = plans.approve(CASEWORKER, drafted.id(), version, new ApprovalDraft(party, null)).version();
        }
        advance(drafted.cycleId(), CycleStage.FOLLOW_UP);
        Plan plan = plans.find(drafted.id()).orElseThrow();
        assertEquals("activeGoalNeeded", assertThrows(StateConflictException.class, () -> plans.closeGoal(CONTACT,
                plan.goals().get(0).id(), plan.version(), new GoalClosingDraft(GoalStatus.ACHIEVED, null, null)))
                .rule());
        // Nor is a goal of a plan in use removed by changing the plan: it is closed instead.
        assertEquals("goalRemoved", assertThrows(StateConflictException.class, () -> plans.update(CASEWORKER,
                plan.id(), plan.version(), new PlanDraft("Formål", THREE_GOALS.goals().subList(1, 2)))).rule());
    }

    @Test
    void theStatusReviewScoresEveryGoalOnItsScaleAndOnlyAtTheNextPlanMeeting() {
        Plan plan = planInUse(THREE_GOALS);
        String cooking = plan.goals().get(0).id();
        GoalReviewDraft review = new GoalReviewDraft(new ScoreDraft(null, 2), ReviewOutcome.CONTINUE, null);
        assertEquals("notAtStatusReview", assertThrows(StateConflictException.class,
                () -> plans.reviewGoal(CASEWORKER, cooking, plan.version(), review)).rule());
        advance(plan.cycleId(), CycleStage.TARGETED_EFFORT);
        advance(plan.cycleId(), CycleStage.STATUS_REVIEW);
        ValidationException e = assertThrows(ValidationException.class, () -> plans.reviewGoal(CASEWORKER, cooking,
                plan.version(), new GoalReviewDraft(new ScoreDraft("ffb-stoettebehov", 2), null, null)));
        assertEquals(List.of(Violation.of("score.scale", "reviewScale", "fko"), Violation.of("outcome", "required")),
                e.violations());
        ValidationException off = assertThrows(ValidationException.class, () -> plans.reviewGoal(CASEWORKER, cooking,
                plan.version(), new GoalReviewDraft(new ScoreDraft(null, 5), ReviewOutcome.END, null)));
        assertEquals("scoreNotOnScale", off.violations().get(0).rule());

        Plan reviewed = plans.reviewGoal(CASEWORKER, cooking, plan.version(), review);
        assertEquals(2, reviewed.goal(cooking).orElseThrow().review().score().value());
        assertEquals("fko", reviewed.goal(cooking).orElseThrow().review().score().scale());
        assertEquals(ReviewOutcome.CONTINUE, reviewed.goal(cooking).orElseThrow().review().outcome());
    }

    @Test
    void aContinuedGoalIsOneGoalOverTheCyclesAndItsProgressionFollowsTheScaleAndTheGoalType() {
        Plan first = planInUse(THREE_GOALS);
        advance(first.cycleId(), CycleStage.TARGETED_EFFORT);
        advance(first.cycleId(), CycleStage.STATUS_REVIEW);
        long version = first.version();
        // Cooking (develop, 3 → expected 2) reached 2; work (maintain, 1) stayed 1; the bus (develop, 3) got worse.
        int[] newScores = { 2, 1, 4 };
        ReviewOutcome[] outcomes = { ReviewOutcome.CONTINUE, ReviewOutcome.CONTINUE, ReviewOutcome.END_AND_REFER };
        for (int i = 0; i < 3; i++) {
            version = plans.reviewGoal(CASEWORKER, first.goals().get(i).id(), version,
                    new GoalReviewDraft(new ScoreDraft(null, newScores[i]), outcomes[i], null)).version();
        }
        advance(first.cycleId(), CycleStage.CLOSED);

        Plan reviewed = plans.find(first.id()).orElseThrow();
        String cooking = reviewed.goals().get(0).id();
        String bus = reviewed.goals().get(2).id();
        GoalDraft continued = new GoalDraft(null, cooking, "Jeg laver selv aftensmad tre gange om ugen", null, null,
                null, null, null, GoalType.DEVELOP, new ScoreDraft(null, 2), new ScoreDraft(null, 1), null, null,
                null);
        GoalDraft notContinuable = new GoalDraft(null, bus, "Jeg tager bussen", null, null, null, null, null, null,
                new ScoreDraft(null, 4), new ScoreDraft(null, 3), null, null, null);
        advance(cycles.cyclesOf(citizen.id()).get(0).id(), CycleStage.PLAN_MEETING);
        ValidationException e = assertThrows(ValidationException.class,
                () -> plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", List.of(continued, notContinuable))));
        assertEquals(List.of(Violation.of("goals[1].continues", "notContinuable")), e.violations());
        Plan second = plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", List.of(continued)));
        assertEquals(reviewed.goals().get(0).lineageId(), second.goals().get(0).lineageId());

        List<GoalProgression> progression = plans.progression(citizen.id());
        assertEquals(3, progression.size());
        GoalProgression cookingOverTime = progression.get(0);
        assertEquals("Jeg laver selv aftensmad tre gange om ugen", cookingOverTime.text());
        assertTrue(cookingOverTime.lowerIsBetter());
        assertEquals(List.of(1, 2), cookingOverTime.points().stream().map(ProgressionPoint::cycleNumber).toList());
        ProgressionPoint year1 = cookingOverTime.points().get(0);
        assertEquals(ScoreChange.IMPROVED, year1.change());
        assertTrue(year1.expectedReached());
        assertTrue(year1.succeeded());
        assertNull(cookingOverTime.points().get(1).change(), "not reviewed yet");

        ProgressionPoint work = progression.get(1).points().get(0);
        assertEquals(ScoreChange.UNCHANGED, work.change());
        assertTrue(work.succeeded(), "a maintain goal that stays unchanged has succeeded");
        ProgressionPoint busPoint = progression.get(2).points().get(0);
        assertEquals(ScoreChange.WORSENED, busPoint.change());
        assertFalse(busPoint.succeeded());
        assertFalse(busPoint.expectedReached());
    }

    @Test
    void successDependsOnTheGoalType() {
        // improvement > 0 is better on the scale; againstExpected ≥ 0 is at least as good as expected.
        assertFalse(ProgressionRule.succeeded(GoalType.DEVELOP, 0, 0));
        assertTrue(ProgressionRule.succeeded(GoalType.DEVELOP, 1, -1));
        assertTrue(ProgressionRule.succeeded(GoalType.MAINTAIN, 0, 0));
        assertFalse(ProgressionRule.succeeded(GoalType.MAINTAIN, -1, -1));
        assertTrue(ProgressionRule.succeeded(GoalType.LIMIT_LOSS, -1, 0), "lost no more than expected");
        assertFalse(ProgressionRule.succeeded(GoalType.LIMIT_LOSS, -2, -1));
    }

    @Test
    void aCitizenWhoOptedOutIsOfferedTheVisualPlanAgainInTheNextCycle() {
        Citizen current = citizens.find(citizen.id()).orElseThrow();
        Citizen optedOut = citizens.update(CASEWORKER, citizen.id(), current.version(), new NewCitizen(current.name(),
                null, null, null, null, current.offers(), null, null, true));
        assertTrue(optedOut.visualPlanOptOut());
        Plan plan = planInUse(new PlanDraft("Formål", THREE_GOALS.goals().subList(0, 2)));
        assertTrue(citizens.find(citizen.id()).orElseThrow().visualPlanOptOut(), "kept for the whole first cycle");
        advance(plan.cycleId(), CycleStage.TARGETED_EFFORT);
        advance(plan.cycleId(), CycleStage.STATUS_REVIEW);
        long version = plan.version();
        for (Goal goal : plan.goals()) {
            version = plans.reviewGoal(CASEWORKER, goal.id(), version,
                    new GoalReviewDraft(new ScoreDraft(null, 1), ReviewOutcome.END, null)).version();
        }
        advance(plan.cycleId(), CycleStage.CLOSED);
        assertFalse(citizens.find(citizen.id()).orElseThrow().visualPlanOptOut());
    }

    @Test
    void aCitizenIsChangedOnlyFromTheCurrentVersionAndKeepsOfferIdsAndCpr() {
        Citizen registered = citizens.create(CASEWORKER, new NewCitizen("Anden Testborger", "010190-1234", null, null,
                null, null, null));
        Citizen changed = citizens.update(CASEWORKER, registered.id(), registered.version(), new NewCitizen(
                "Anden Testborger", null, null, null, null,
                List.of(new Offer(null, OfferKind.MENTORING, "Mestringsvejledning", null, null)),
                List.of(new dk.borgerplan.plan.RelatedPerson("Mor Testborger", dk.borgerplan.plan.PersonRole.RELATIVE,
                        "mor")),
                null, null));
        assertEquals(registered.cprNumber(), changed.cprNumber());
        assertEquals(1, changed.people().size());
        String offerId = changed.offers().get(0).id();
        Citizen again = citizens.update(CASEWORKER, registered.id(), changed.version(), new NewCitizen(
                "Anden Testborger", null, null, null, null, changed.offers(), changed.people(), null, null));
        assertEquals(offerId, again.offers().get(0).id());
        assertThrows(VersionConflictException.class, () -> citizens.update(CASEWORKER, registered.id(),
                registered.version(), new NewCitizen("Anden Testborger")));
        ValidationException e = assertThrows(ValidationException.class, () -> citizens.update(CASEWORKER,
                registered.id(), again.version(), new NewCitizen("Anden Testborger", null, null, null, null,
                        List.of(new Offer(null, null, " ", null, null)),
                        List.of(new dk.borgerplan.plan.RelatedPerson("X", null, null)), null, null)));
        assertEquals(List.of(Violation.of("offers[0].kind", "required"), Violation.of("offers[0].name", "required"),
                Violation.of("people[0].role", "required")), e.violations());
    }
}
