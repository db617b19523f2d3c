package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.borgerplan.generator.internal.GeneratedHistories;
import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalClosingDraft;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.GoalReviewDraft;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.ThemeDraft;
import dk.borgerplan.plan.ThemeFieldDraft;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.plan.spi.BulkPlanStore.History;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/**
 * Every generated history is one the plan model allows: each is lived through again by the plan model's own services
 * (citizen registry, cycles, plans, staircases) with the generated content as drafts, at the generated times — every
 * rule applies (texts, scores on the scale, themes in the catalogue, icons, the stages in order, approvals before the
 * follow-up, a sub-goal before the targeted effort, reviews before closing, continuing only what was reviewed
 * "continue") — and ends where the generated history ends.
 */
class GeneratedHistoryReplayTest {

    private static final Actor ACTOR = new Actor("replay", "Replay");

    /** A clock the replay sets to each generated moment. */
    private static final class SetClock extends Clock {
        Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void everyGeneratedHistoryIsLivedThroughByThePlanModelToTheSameEnd() {
        BundledScaleCatalog scales = new BundledScaleCatalog();
        BundledThemeCatalog themes = new BundledThemeCatalog();
        LocalDate today = LocalDate.of(2026, 12, 6);
        List<History> histories = GeneratedHistories.make(7, today, themes, scales, 0, 300);
        for (History history : histories) {
            replay(history, scales, themes);
        }
    }

    private void replay(History generated, BundledScaleCatalog scales, BundledThemeCatalog themes) {
        SetClock clock = new SetClock();
        InMemoryPlanStore store = new InMemoryPlanStore();
        InMemoryStaircaseStore staircaseStore = new InMemoryStaircaseStore();
        CitizenRegistry citizens = new CitizenRegistry(store, clock);
        CycleModel cycles = new CycleModel(store, staircaseStore, clock);
        PlanModel plans = new PlanModel(store, scales, themes, 3, "fko", clock);
        StaircaseModel staircases = new StaircaseModel(store, staircaseStore, clock);

        Citizen g = generated.citizen();
        clock.now = g.created().at();
        Citizen citizen = citizens.create(ACTOR, new NewCitizen(g.name(), g.cprNumber().value(),
                List.copyOf(g.targetGroups()), g.actingMunicipality(), g.payingMunicipality(), g.offers(), g.people(),
                g.look(), g.visualPlanOptOut()));
        Map<String, String> offerIds = new HashMap<>();
        for (int i = 0; i < g.offers().size(); i++) {
            offerIds.put(g.offers().get(i).id(), citizen.offers().get(i).id());
        }
        Map<String, String> goalIds = new HashMap<>();
        Map<String, GoalStaircase> generatedStaircases = new HashMap<>();
        generated.staircases().forEach(s -> generatedStaircases.put(s.goalId(), s));

        String cycleId = null;
        for (int c = 0; c < generated.cycles().size(); c++) {
            PlanCycle gc = generated.cycles().get(c);
            Plan gp = generated.plans().get(c);
            clock.now = gc.history().get(0).stamp().at();
            if (c == 0) {
                cycleId = cycles.open(ACTOR, citizen.id()).id();
            } else {
                cycleId = store.cyclesOf(citizen.id()).get(0).id();
                assertEquals(CycleStage.PREPARATION, store.cycle(cycleId).orElseThrow().stage());
            }
            advance(cycles, store, clock, cycleId, gc, CycleStage.PLAN_MEETING);
            clock.now = gp.created().at();
            Plan plan = plans.create(ACTOR, citizen.id(), draft(gp, goalIds, offerIds));
            for (int i = 0; i < gp.goals().size(); i++) {
                goalIds.put(gp.goals().get(i).id(), plan.goals().get(i).id());
                lastInLineage.put(gp.goals().get(i).lineageId(), gp.goals().get(i).id());
            }
            for (ApprovalParty party : ApprovalParty.values()) {
                plan = plans.approve(ACTOR, plan.id(), plan.version(), new ApprovalDraft(party, null));
            }
            advance(cycles, store, clock, cycleId, gc, CycleStage.FOLLOW_UP);
            for (Goal goal : gp.goals()) {
                GoalStaircase gs = generatedStaircases.get(goal.id());
                if (gs != null) {
                    staircase(staircases, clock, goalIds.get(goal.id()), gs);
                }
            }
            for (Goal goal : gp.goals()) {
                if (goal.closing() != null) {
                    clock.now = goal.closing().stamp().at();
                    Plan current = store.planOfGoal(goalIds.get(goal.id())).orElseThrow();
                    plans.closeGoal(ACTOR, goalIds.get(goal.id()), current.version(), new GoalClosingDraft(
                            goal.closing().status(), goal.closing().reason(), goal.closing().authorityContacted()));
                }
            }
            advance(cycles, store, clock, cycleId, gc, CycleStage.TARGETED_EFFORT);
            advance(cycles, store, clock, cycleId, gc, CycleStage.STATUS_REVIEW);
            for (Goal goal : gp.goals()) {
                if (goal.review() != null) {
                    clock.now = goal.review().stamp().at();
                    Plan current = store.planOfGoal(goalIds.get(goal.id())).orElseThrow();
                    plans.reviewGoal(ACTOR, goalIds.get(goal.id()), current.version(), new GoalReviewDraft(
                            scoreDraft(goal.review().score()), goal.review().outcome(), goal.review().note()));
                }
            }
            advance(cycles, store, clock, cycleId, gc, CycleStage.CLOSED);

            PlanCycle replayed = store.cycle(cycleId).orElseThrow();
            assertEquals(gc.stage(), replayed.stage(), "cycle " + gc.number());
            assertEquals(gc.number(), replayed.number());
            assertEquals(gc.history().stream().map(t -> t.to()).toList(),
                    replayed.history().stream().map(t -> t.to()).toList());
            Plan rp = store.planOfCycle(cycleId).orElseThrow();
            assertEquals(gp.goals().size(), rp.goals().size());
            for (int i = 0; i < gp.goals().size(); i++) {
                Goal a = gp.goals().get(i);
                Goal b = rp.goals().get(i);
                assertEquals(a.text(), b.text());
                assertEquals(a.type(), b.type());
                assertEquals(a.status(), b.status());
                assertEquals(a.currentScore(), b.currentScore());
                assertEquals(a.expectedScore(), b.expectedScore());
                assertEquals(a.review() == null ? null : a.review().score(),
                        b.review() == null ? null : b.review().score());
                assertEquals(a.lineageId().equals(a.id()), b.lineageId().equals(b.id()), "continued or new");
            }
        }
        List<PlanCycle> all = store.cyclesOf(citizen.id());
        assertEquals(3, all.size(), "three cycles, no fourth opened");
        assertTrue(all.get(0).open());
    }

    /** Moves the cycle to {@code to} if the generated cycle went there, at the generated time. */
    private static void advance(CycleModel cycles, InMemoryPlanStore store, SetClock clock, String cycleId,
            PlanCycle generated, CycleStage to) {
        generated.history().stream().filter(t -> t.from() != null && t.to() == to).findFirst().ifPresent(t -> {
            clock.now = t.stamp().at();
            PlanCycle cycle = store.cycle(cycleId).orElseThrow();
            cycles.advance(ACTOR, cycleId, cycle.version(), to);
        });
    }

    private static void staircase(StaircaseModel staircases, SetClock clock, String goalId, GoalStaircase generated) {
        GoalStaircase current = staircases.staircase(goalId);
        Map<String, String> stepIds = new HashMap<>();
        for (var event : generated.history()) {
            clock.now = event.stamp().at();
            switch (event.kind()) {
                case OVERALL_GOAL_SET -> current = staircases.setOverallGoal(ACTOR, goalId, current.version(),
                        generated.overallGoal());
                case ADDED -> {
                    SubGoal step = generated.step(event.subGoalId()).orElseThrow();
                    current = staircases.addSubGoal(ACTOR, goalId, current.version(), step.text());
                    stepIds.put(step.id(), current.steps().get(current.steps().size() - 1).id());
                }
                case COMPLETED -> current = staircases.completeSubGoal(ACTOR, goalId, current.version(),
                        stepIds.get(event.subGoalId()));
                default -> throw new AssertionError("not generated: " + event.kind());
            }
        }
        assertEquals(generated.steps().stream().map(SubGoal::status).toList(),
                current.steps().stream().map(SubGoal::status).toList());
        assertTrue(generated.steps().stream().allMatch(s -> s.status() != SubGoalStatus.REPLACED));
    }

    private static PlanDraft draft(Plan plan, Map<String, String> goalIds, Map<String, String> offerIds) {
        List<GoalDraft> goals = new ArrayList<>();
        for (Goal goal : plan.goals()) {
            String continues = goal.lineageId().equals(goal.id()) ? null : previousOf(goal, goalIds);
            goals.add(new GoalDraft(null, continues, goal.text(), goal.smart(), goal.delimitation(),
                    theme(goal.primaryTheme()), theme(goal.secondaryTheme()), goal.icons(), goal.type(),
                    scoreDraft(goal.currentScore()), scoreDraft(goal.expectedScore()),
                    goal.citizenScore() == null ? null : scoreDraft(goal.citizenScore()), goal.disagreementNote(),
                    goal.offerIds().stream().map(offerIds::get).toList()));
        }
        return new PlanDraft(plan.purpose(), goals, plan.resourceField(),
                plan.themeFields().stream().map(f -> new ThemeFieldDraft(theme(f.theme()), f.entries())).toList(),
                plan.employmentField(), plan.notes(), plan.parkingLot(), plan.actionPlan(), plan.meeting());
    }

    /** The replayed id of the goal of the previous cycle in the same lineage (the last one mapped). */
    private static String previousOf(Goal goal, Map<String, String> goalIds) {
        return lastInLineage.get(goal.lineageId()) == null ? null : goalIds.get(lastInLineage.get(goal.lineageId()));
    }

    private static final Map<String, String> lastInLineage = new HashMap<>();

    private static ThemeDraft theme(ThemeUse use) {
        return use == null ? null : new ThemeDraft(use.ref().system(), use.ref().version(), use.ref().code());
    }

    private static ScoreDraft scoreDraft(Score score) {
        return new ScoreDraft(score.scale(), score.value());
    }
}
