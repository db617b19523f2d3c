package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.GoalClosingDraft;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StaircaseEvent.Kind;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/**
 * The goal staircase (måltrappen): an overall goal and ordered sub-goals (delmål) per goal, made after the plan
 * meeting; steps are completed, replaced and reordered, never removed, and every change is stamped and kept.
 */
class StaircaseModelTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Actor CONTACT = new Actor("kontaktperson-1", "Kontaktperson");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemoryStaircaseStore staircaseStore = new InMemoryStaircaseStore();
    private final CycleModel cycles = new CycleModel(store, staircaseStore);
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3,
            "fko", Clock.systemUTC());
    private final StaircaseModel staircases = new StaircaseModel(store, staircaseStore,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Citizen citizen = new CitizenRegistry(store).create(CASEWORKER, new NewCitizen("Testborger"));

    private static final PlanDraft TWO_GOALS = new PlanDraft("Jeg vil bo i egen lejlighed",
            List.of(new GoalDraft("Jeg laver selv aftensmad", new ScoreDraft(null, 3), new ScoreDraft(null, 2)),
                    new GoalDraft("Jeg tager selv bussen", new ScoreDraft(null, 3), new ScoreDraft(null, 2))));

    /** A plan made at the plan meeting and approved; the cycle is left at the plan meeting. */
    private Plan planAtMeeting() {
        PlanCycle cycle = cycles.open(CASEWORKER, citizen.id());
        cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.PLAN_MEETING);
        Plan plan = plans.create(CASEWORKER, citizen.id(), TWO_GOALS);
        long version = plan.version();
        for (ApprovalParty party : ApprovalParty.values()) {
            version = plans.approve(CASEWORKER, plan.id(), version, new ApprovalDraft(party, null)).version();
        }
        return plans.find(plan.id()).orElseThrow();
    }

    /** The plan in use: the cycle at the follow-up. */
    private Plan planInUse() {
        Plan plan = planAtMeeting();
        PlanCycle cycle = store.cycle(plan.cycleId()).orElseThrow();
        cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.FOLLOW_UP);
        return plan;
    }

    private GoalStaircase add(String goalId, String... texts) {
        GoalStaircase staircase = staircases.staircase(goalId);
        for (String text : texts) {
            staircase = staircases.addSubGoal(CONTACT, goalId, staircase.version(), text);
        }
        return staircase;
    }

    private static List<String> rules(Executable change) {
        return assertThrows(ValidationException.class, change::execute).violations().stream()
                .map(v -> v.field() + ":" + v.rule()).toList();
    }

    private static List<String> texts(GoalStaircase staircase) {
        return staircase.steps().stream().map(s -> s.text() + "/" + s.status()).toList();
    }

    @Test
    void aGoalWithoutAStaircaseHasAnEmptyOneAtVersionZero() {
        Plan plan = planInUse();
        GoalStaircase empty = staircases.staircase(plan.goals().get(0).id());
        assertEquals(0, empty.version());
        assertEquals(plan.id(), empty.planId());
        assertEquals(List.of(), empty.steps());
        assertNull(empty.overallGoal());
        assertEquals("goal", assertThrows(NotFoundException.class,
                () -> staircases.staircase("5e1f3c4a-0000-4000-8000-000000000000")).kind());
    }

    @Test
    void anOverallGoalAndOrderedStepsAreMadeStampedAndKeptInTheHistory() {
        String goal = planInUse().goals().get(0).id();
        GoalStaircase staircase = staircases.setOverallGoal(CONTACT, goal, 0, "  Jeg vil holde en middag for min familie ");
        assertEquals(1, staircase.version());
        assertEquals("Jeg vil holde en middag for min familie", staircase.overallGoal());
        assertEquals(new Stamp("kontaktperson-1", NOW), staircase.created());
        staircase = add(goal, "Jeg finder en opskrift", "Jeg køber ind", "Jeg laver maden med støtte");
        assertEquals(4, staircase.version());
        assertEquals(List.of("Jeg finder en opskrift/ACTIVE", "Jeg køber ind/ACTIVE",
                "Jeg laver maden med støtte/ACTIVE"), texts(staircase));
        SubGoal first = staircase.steps().get(0);
        assertEquals(new Stamp("kontaktperson-1", NOW), first.created());
        assertNull(first.closed());
        assertEquals(List.of(Kind.OVERALL_GOAL_SET, Kind.ADDED, Kind.ADDED, Kind.ADDED),
                staircase.history().stream().map(e -> e.kind()).toList());
        assertEquals(first.id(), staircase.history().get(1).subGoalId());
        assertTrue(staircase.history().stream().allMatch(e -> e.stamp().by().equals("kontaktperson-1")));
        assertEquals(staircase, staircases.staircase(goal));
        // A blank overall goal clears it.
        assertNull(staircases.setOverallGoal(CONTACT, goal, staircase.version(), " ").overallGoal());
    }

    @Test
    void aStepIsCompletedOrReplacedNeverRemovedAndTheReplacementTakesItsPlace() {
        String goal = planInUse().goals().get(0).id();
        GoalStaircase staircase = add(goal, "Trin 1", "Trin 2", "Trin 3");
        String one = staircase.steps().get(0).id();
        String two = staircase.steps().get(1).id();
        staircase = staircases.completeSubGoal(CONTACT, goal, staircase.version(), one);
        assertEquals(SubGoalStatus.COMPLETED, staircase.step(one).orElseThrow().status());
        assertEquals(new Stamp("kontaktperson-1", NOW), staircase.step(one).orElseThrow().closed());

        staircase = staircases.replaceSubGoal(CONTACT, goal, staircase.version(), two, "Trin 2, mindre");
        assertEquals(List.of("Trin 1/COMPLETED", "Trin 2/REPLACED", "Trin 2, mindre/ACTIVE", "Trin 3/ACTIVE"),
                texts(staircase));
        SubGoal replaced = staircase.step(two).orElseThrow();
        assertEquals(staircase.steps().get(2).id(), replaced.replacedBy());
        assertEquals(Kind.REPLACED, staircase.history().get(staircase.history().size() - 1).kind());
        assertEquals(two, staircase.history().get(staircase.history().size() - 1).subGoalId());

        GoalStaircase current = staircase;
        for (String notActive : List.of(one, two)) {
            StateConflictException again = assertThrows(StateConflictException.class,
                    () -> staircases.completeSubGoal(CONTACT, goal, current.version(), notActive));
            assertEquals("subGoalNotActive", again.rule());
            assertEquals("subGoalNotActive", assertThrows(StateConflictException.class,
                    () -> staircases.replaceSubGoal(CONTACT, goal, current.version(), notActive, "Nyt")).rule());
        }
        assertEquals("Delmålet er ikke aktivt; det er: Gennemført", assertThrows(StateConflictException.class,
                () -> staircases.completeSubGoal(CONTACT, goal, current.version(), one)).message(Locale.ROOT));
        assertEquals("subGoal", assertThrows(NotFoundException.class, () -> staircases.completeSubGoal(CONTACT,
                goal, current.version(), "5e1f3c4a-0000-4000-8000-000000000000")).kind());
        assertEquals(current, staircases.staircase(goal));
    }

    @Test
    void theActiveStepsAreReorderedAndTheOthersKeepTheirPlaces() {
        String goal = planInUse().goals().get(0).id();
        GoalStaircase staircase = add(goal, "A", "B", "C", "D");
        List<String> ids = staircase.steps().stream().map(SubGoal::id).toList();
        staircase = staircases.completeSubGoal(CONTACT, goal, staircase.version(), ids.get(1));
        staircase = staircases.reorder(CONTACT, goal, staircase.version(),
                List.of(ids.get(3), ids.get(0), ids.get(2)));
        assertEquals(List.of("D/ACTIVE", "B/COMPLETED", "A/ACTIVE", "C/ACTIVE"), texts(staircase));
        assertEquals(Kind.REORDERED, staircase.history().get(staircase.history().size() - 1).kind());

        GoalStaircase current = staircase;
        List<List<String>> wrong = List.of(List.of(ids.get(0), ids.get(2)),
                List.of(ids.get(0), ids.get(2), ids.get(3), ids.get(1)),
                List.of(ids.get(0), ids.get(2), ids.get(2)),
                List.of(ids.get(0), ids.get(2), "5e1f3c4a-0000-4000-8000-000000000000"),
                Arrays.asList(ids.get(0), ids.get(2), null));
        for (List<String> order : wrong) {
            assertEquals(List.of("order:orderMismatch"),
                    rules(() -> staircases.reorder(CONTACT, goal, current.version(), order)));
        }
        assertEquals(List.of("order:required"), rules(() -> staircases.reorder(CONTACT, goal, current.version(), null)));
        assertEquals(current, staircases.staircase(goal));
    }

    @Test
    void theTextIsRequiredShortAndWithoutControlCharacters() {
        String goal = planInUse().goals().get(0).id();
        for (String text : new String[] { null, "", "   " }) {
            assertEquals(List.of("text:required"), rules(() -> staircases.addSubGoal(CONTACT, goal, 0, text)));
        }
        assertEquals(List.of("text:tooLong"), rules(() -> staircases.addSubGoal(CONTACT, goal, 0, "x".repeat(2001))));
        assertEquals(List.of("text:controlCharacters"),
                rules(() -> staircases.addSubGoal(CONTACT, goal, 0, "Jeg\u0007 går")));
        assertEquals(List.of("text:tooLong"),
                rules(() -> staircases.setOverallGoal(CONTACT, goal, 0, "x".repeat(2001))));
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> staircases.addSubGoal(CONTACT, goal, 0, "x".repeat(2001)));
        Violation violation = tooLong.violations().get(0);
        assertEquals(List.of(2000), violation.arguments());
        GoalStaircase staircase = add(goal, "Første");
        assertEquals(List.of("text:required"), rules(() -> staircases.replaceSubGoal(CONTACT, goal, 1,
                staircase.steps().get(0).id(), " ")));
        assertEquals(1, staircases.staircase(goal).version());
        // Multi-line text with tabs is fine, and 2000 characters are allowed.
        add(goal, "Jeg går\n\tmed", "x".repeat(2000));
    }

    @Test
    void aGoalHasAtMostTwentyActiveSteps() {
        String goal = planInUse().goals().get(0).id();
        List<String> twenty = new ArrayList<>();
        for (int i = 1; i <= StaircaseModel.ACTIVE_MAX; i++) {
            twenty.add("Trin " + i);
        }
        GoalStaircase full = add(goal, twenty.toArray(String[]::new));
        StateConflictException limit = assertThrows(StateConflictException.class,
                () -> staircases.addSubGoal(CONTACT, goal, full.version(), "Trin 21"));
        assertEquals("subGoalLimit", limit.rule());
        assertEquals("Et mål har højst 20 aktive delmål", limit.message(Locale.ROOT));
        // A completed step makes room; replacing a step keeps the count.
        GoalStaircase room = staircases.completeSubGoal(CONTACT, goal, full.version(), full.steps().get(0).id());
        room = staircases.addSubGoal(CONTACT, goal, room.version(), "Trin 21");
        room = staircases.replaceSubGoal(CONTACT, goal, room.version(), room.steps().get(1).id(), "Trin 2b");
        assertEquals(StaircaseModel.ACTIVE_MAX, room.activeSteps().size());
    }

    @Test
    void subGoalsAreMadeAfterThePlanMeetingWhileThePlanIsInUse() {
        Plan plan = planAtMeeting();
        String goal = plan.goals().get(0).id();
        StateConflictException early = assertThrows(StateConflictException.class,
                () -> staircases.addSubGoal(CONTACT, goal, 0, "Jeg finder en opskrift"));
        assertEquals("staircaseNotOpen", early.rule());
        assertEquals("Delmål laves efter borgerplansmødet, mens planen er i brug; cyklussen er ved: Borgerplansmøde",
                early.message(Locale.ROOT));
        assertEquals("staircaseNotOpen", assertThrows(StateConflictException.class,
                () -> staircases.setOverallGoal(CONTACT, goal, 0, "Drømmen")).rule());
        assertTrue(staircaseStore.staircases.isEmpty());

        PlanCycle cycle = store.cycle(plan.cycleId()).orElseThrow();
        cycle = cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.FOLLOW_UP);
        for (String g : List.of(goal, plan.goals().get(1).id())) {
            add(g, "Første trin");
        }
        cycle = cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.TARGETED_EFFORT);
        add(goal, "Andet trin");
        cycle = cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.STATUS_REVIEW);
        assertEquals(3, add(goal, "Tredje trin").steps().size());
    }

    @Test
    void onlyAnActiveGoalGetsSubGoals() {
        Plan plan = planInUse();
        String closedGoal = plan.goals().get(1).id();
        GoalStaircase before = add(closedGoal, "Jeg finder køreplanen");
        plans.closeGoal(CASEWORKER, closedGoal, plans.find(plan.id()).orElseThrow().version(),
                new GoalClosingDraft(GoalStatus.ACHIEVED, null, null));
        assertEquals("goalNotActive", assertThrows(StateConflictException.class,
                () -> staircases.addSubGoal(CONTACT, closedGoal, before.version(), "Jeg køber et buskort")).rule());
        assertEquals("goalNotActive", assertThrows(StateConflictException.class, () -> staircases
                .completeSubGoal(CONTACT, closedGoal, before.version(), before.steps().get(0).id())).rule());
        // The closed goal's staircase is still there to be read.
        assertEquals(before, staircases.staircase(closedGoal));
    }

    @Test
    void aChangeOnAStaleVersionChangesNothing() {
        String goal = planInUse().goals().get(0).id();
        GoalStaircase first = add(goal, "Trin 1");
        GoalStaircase second = staircases.addSubGoal(CONTACT, goal, first.version(), "Trin 2");
        // A second user, still looking at the first version, adds, completes, replaces and reorders: all refused.
        List<Executable> stale = List.of(
                () -> staircases.addSubGoal(CASEWORKER, goal, first.version(), "Trin 2"),
                () -> staircases.addSubGoal(CASEWORKER, goal, 0, "Trin 2"),
                () -> staircases.completeSubGoal(CASEWORKER, goal, first.version(), first.steps().get(0).id()),
                () -> staircases.replaceSubGoal(CASEWORKER, goal, first.version(), first.steps().get(0).id(), "X"),
                () -> staircases.reorder(CASEWORKER, goal, first.version(), List.of(first.steps().get(0).id())),
                () -> staircases.setOverallGoal(CASEWORKER, goal, first.version(), "Drøm"));
        for (Executable change : stale) {
            VersionConflictException conflict = assertThrows(VersionConflictException.class, change::execute);
            assertEquals(2, conflict.current());
        }
        assertEquals(second, staircases.staircase(goal));
    }

    /** An assertion on a change that may throw a checked-free exception. */
    @FunctionalInterface
    interface Executable extends org.junit.jupiter.api.function.Executable {
        @Override
        void execute();
    }
}
