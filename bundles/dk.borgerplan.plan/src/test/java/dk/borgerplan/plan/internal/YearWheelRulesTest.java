package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.DanishTime;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalClosing;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.GroupPreparationMeetingDraft;
import dk.borgerplan.plan.GroupSignUp;
import dk.borgerplan.plan.OctoberPlanning;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.OfferPlanning;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingDraft;
import dk.borgerplan.plan.ScheduledMeetingKind;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.YearWheelItem;
import dk.borgerplan.plan.YearWheelItemKind;

/**
 * The year wheel's rules at their edges: exactly 12 weeks, a span across the change to summer time, a leap day, a
 * meeting half an hour after midnight, and the three-month follow-up of citizens registered on 30 November and 29
 * February.
 */
class YearWheelRulesTest {

    private static final Stamp STAMP = new Stamp("sagsbehandler-1", Instant.parse("2026-01-05T09:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    private static Citizen citizen(String id, Instant registered, Set<TargetGroup> areas, List<Offer> offers) {
        Stamp created = new Stamp("sagsbehandler-1", registered);
        return new Citizen(id, "Testborger", null, areas, null, null, offers, List.of(), null, false, 1, created,
                created);
    }

    private static Citizen citizen(String id) {
        return citizen(id, STAMP.at(), Set.of(TargetGroup.AUTISM), List.of());
    }

    private static PlanCycle cycle(String citizenId, int number, CycleStage stage) {
        return new PlanCycle("cycle-" + citizenId + "-" + number, citizenId, number, stage, List.of(), 1, STAMP,
                STAMP);
    }

    private static ScheduledMeeting meeting(String citizenId, ScheduledMeetingKind kind, LocalDateTime start,
            Stamp announced, Stamp cancelled) {
        return new ScheduledMeeting(UUID.randomUUID().toString(), citizenId, null, kind, start, 90, "Kraftcentret",
                List.of(), announced, cancelled, 0, 1, STAMP, STAMP);
    }

    private static ScheduledMeeting planMeeting(String citizenId, LocalDateTime start) {
        return meeting(citizenId, ScheduledMeetingKind.PLAN_MEETING, start, null, null);
    }

    private static GroupPreparationMeeting group(LocalDateTime start, Stamp cancelled, String... citizens) {
        return new GroupPreparationMeeting(UUID.randomUUID().toString(), TargetGroup.AUTISM, start, 120, "Kraftcentret",
                3, java.util.Arrays.stream(citizens).map(c -> new GroupSignUp(c, STAMP)).toList(), cancelled, 0, 1,
                STAMP, STAMP);
    }

    /** A citizen in the second cycle at the given stage, with these meetings and no plan. */
    private static YearWheelRules.CitizenFacts facts(String citizenId, List<ScheduledMeeting> meetings,
            List<GroupPreparationMeeting> groups, List<LocalDate> registered) {
        return new YearWheelRules.CitizenFacts(citizen(citizenId), List.of(cycle(citizenId, 2, CycleStage.PREPARATION)),
                null, false, Map.of(), meetings, groups, registered);
    }

    private static List<YearWheelItemKind> kinds(YearWheelRules.CitizenFacts facts, LocalDate today) {
        return YearWheelRules.citizen(facts, today).stream().map(YearWheelItem::kind).toList();
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    // ---- 12 weeks ----------------------------------------------------------------------------------------------

    @Test
    void exactlyTwelveWeeksAcrossTheChangeToSummerTimeIsDueNotOneDayLess() {
        // 2027-03-28 is the last Sunday of March: the span is 84 calendar days but one hour short of 84 × 24 hours.
        LocalDateTime start = LocalDateTime.of(2027, 4, 4, 9, 0);
        assertEquals(84, YearWheelRules.daysUntil(TODAY, start.toLocalDate()));
        assertEquals(83, Duration.between(TODAY.atTime(9, 0).atZone(DanishTime.ZONE), start.atZone(DanishTime.ZONE))
                .toDays(), "a count in hours would say 83 days");
        assertEquals(List.of(YearWheelItemKind.NOT_ANNOUNCED, YearWheelItemKind.PREPARATION_MISSING),
                kinds(facts("a", List.of(planMeeting("a", start)), List.of(), List.of()), TODAY));
    }

    @Test
    void twelveWeeksLessOneDayIsDueAndTwelveWeeksAndOneDayIsNot() {
        assertEquals(List.of(YearWheelItemKind.NOT_ANNOUNCED, YearWheelItemKind.PREPARATION_MISSING), kinds(
                facts("a", List.of(planMeeting("a", LocalDateTime.of(2027, 4, 3, 9, 0))), List.of(), List.of()),
                TODAY));
        assertEquals(List.of(), kinds(
                facts("a", List.of(planMeeting("a", LocalDateTime.of(2027, 4, 5, 9, 0))), List.of(), List.of()),
                TODAY));
        assertTrue(YearWheelRules.withinNotice(TODAY, TODAY));
        assertFalse(YearWheelRules.withinNotice(TODAY, TODAY.minusDays(1)));
    }

    @Test
    void aMeetingHalfAnHourAfterMidnightCountsByItsDanishDate() {
        // 00:30 on 4 April in Denmark is 22:30 UTC on 3 April: the Danish date decides.
        LocalDateTime early = LocalDateTime.of(2027, 4, 4, 0, 30);
        assertEquals(LocalDate.of(2027, 4, 3), early.atZone(DanishTime.ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDate());
        assertTrue(kinds(facts("a", List.of(planMeeting("a", early)), List.of(), List.of()), TODAY)
                .contains(YearWheelItemKind.NOT_ANNOUNCED));
        assertEquals(List.of(), kinds(facts("a", List.of(planMeeting("a", LocalDateTime.of(2027, 4, 5, 0, 30))),
                List.of(), List.of()), TODAY));
    }

    @Test
    void aPlanMeetingOnALeapDayIsTwelveWeeksAwayOnTheSeventhOfDecember() {
        ScheduledMeeting leap = planMeeting("a", LocalDateTime.of(2028, 2, 29, 10, 0));
        assertEquals(84, YearWheelRules.daysUntil(LocalDate.of(2027, 12, 7), leap.date()));
        assertTrue(kinds(facts("a", List.of(leap), List.of(), List.of()), LocalDate.of(2027, 12, 7))
                .contains(YearWheelItemKind.NOT_ANNOUNCED));
        assertFalse(kinds(facts("a", List.of(leap), List.of(), List.of()), LocalDate.of(2027, 12, 6))
                .contains(YearWheelItemKind.NOT_ANNOUNCED));
    }

    @Test
    void anAnnouncedMeetingIsNotPointedOutAndTheLabelNamesTheDateInBothLanguages() {
        ScheduledMeeting announced = meeting("a", ScheduledMeetingKind.PLAN_MEETING, LocalDateTime.of(2027, 3, 1, 9, 0),
                STAMP, null);
        assertEquals(List.of(YearWheelItemKind.PREPARATION_MISSING),
                kinds(facts("a", List.of(announced), List.of(), List.of()), TODAY));
        YearWheelItem item = YearWheelRules.citizen(facts("a",
                List.of(planMeeting("a", LocalDateTime.of(2027, 4, 4, 9, 0))), List.of(), List.of()), TODAY).get(0);
        assertEquals(LocalDate.of(2027, 4, 4), item.date());
        assertTrue(item.label().in(Locale.ROOT).contains("4. april 2027"), item.label().in(Locale.ROOT));
        assertTrue(item.label().in(Locale.ENGLISH).contains("4 April 2027"), item.label().in(Locale.ENGLISH));
    }

    // ---- Plan meeting not scheduled ------------------------------------------------------------------------------

    @Test
    void anOpenCycleWithoutAComingUncancelledPlanMeetingIsPointedOut() {
        assertEquals(List.of(YearWheelItemKind.PLAN_MEETING_NOT_SCHEDULED),
                kinds(facts("a", List.of(), List.of(), List.of()), TODAY));
        assertEquals(List.of(YearWheelItemKind.PLAN_MEETING_NOT_SCHEDULED), kinds(facts("a",
                List.of(planMeeting("a", LocalDateTime.of(2026, 12, 1, 9, 0)), meeting("a",
                        ScheduledMeetingKind.PLAN_MEETING, LocalDateTime.of(2027, 9, 1, 9, 0), null, STAMP)),
                List.of(), List.of()), TODAY));
        // Today counts as coming, whatever the hour.
        assertFalse(kinds(facts("a", List.of(planMeeting("a", TODAY.atTime(0, 30))), List.of(), List.of()), TODAY)
                .contains(YearWheelItemKind.PLAN_MEETING_NOT_SCHEDULED));
        assertEquals(List.of(), kinds(facts("a", List.of(planMeeting("a", LocalDateTime.of(2027, 9, 1, 9, 0))),
                List.of(), List.of()), TODAY));
        // No cycle and no plan: not in the year wheel yet (only the follow-up, if new, below).
        YearWheelRules.CitizenFacts none = new YearWheelRules.CitizenFacts(citizen("b"), List.of(), null, false,
                Map.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(), kinds(none, TODAY));
    }

    // ---- Preparation ---------------------------------------------------------------------------------------------

    @Test
    void aScheduledIndividualOrASignedUpGroupOrARegisteredPreparationBeforeTheMeetingCounts() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 1, 10, 0);
        ScheduledMeeting plan = planMeeting("a", start);
        ScheduledMeeting individual = meeting("a", ScheduledMeetingKind.PREPARATION_MEETING, start.minusHours(2), null,
                null);
        ScheduledMeeting after = meeting("a", ScheduledMeetingKind.PREPARATION_MEETING, start.plusHours(2), null,
                null);
        ScheduledMeeting cancelled = meeting("a", ScheduledMeetingKind.PREPARATION_MEETING, start.minusDays(9), null,
                STAMP);
        YearWheelItemKind missing = YearWheelItemKind.PREPARATION_MISSING;
        assertFalse(kinds(facts("a", List.of(plan, individual), List.of(), List.of()), TODAY).contains(missing));
        assertTrue(kinds(facts("a", List.of(plan, after, cancelled), List.of(), List.of()), TODAY).contains(missing));
        assertFalse(kinds(facts("a", List.of(plan), List.of(group(start.minusDays(20), null, "a")), List.of()), TODAY)
                .contains(missing));
        assertTrue(kinds(facts("a", List.of(plan), List.of(group(start.minusDays(20), STAMP, "a")), List.of()), TODAY)
                .contains(missing));
        assertFalse(kinds(facts("a", List.of(plan), List.of(), List.of(start.toLocalDate())), TODAY).contains(missing));
        assertTrue(kinds(facts("a", List.of(plan), List.of(), List.of(start.toLocalDate().plusDays(1))), TODAY)
                .contains(missing));
    }

    @Test
    void lastYearsPreparationDoesNotCountForThisYearsPlanMeeting() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 1, 10, 0);
        ScheduledMeeting previous = planMeeting("a", LocalDateTime.of(2026, 3, 2, 10, 0));
        assertTrue(kinds(facts("a", List.of(previous, planMeeting("a", start)), List.of(),
                List.of(LocalDate.of(2026, 2, 20))), TODAY).contains(YearWheelItemKind.PREPARATION_MISSING));
        assertFalse(kinds(facts("a", List.of(previous, planMeeting("a", start)), List.of(),
                List.of(LocalDate.of(2027, 2, 20))), TODAY).contains(YearWheelItemKind.PREPARATION_MISSING));
    }

    // ---- Plan and goals ------------------------------------------------------------------------------------------

    private static Plan plan(String citizenId, String cycleId, List<Goal> goals, List<Approval> approvals) {
        return new Plan("plan-1", citizenId, cycleId, "Formål", goals, null, null, null, null, null, null, 1,
                approvals, 1, STAMP, STAMP);
    }

    @Test
    void theOpenCyclesPlanNotApprovedAndActiveGoalsWithoutSubGoalsFromTheFollowUpOn() {
        Goal withSteps = new Goal(1, "Jeg vil lave mad", new Score("fko", "1", 2), new Score("fko", "1", 1));
        Goal without = new Goal(2, "Jeg vil cykle", new Score("fko", "1", 2), new Score("fko", "1", 1));
        Goal closed = new Goal(3, "Jeg vil svømme", new Score("fko", "1", 2), new Score("fko", "1", 1))
                .closed(new GoalClosing(GoalStatus.ACHIEVED, null, false, STAMP));
        GoalStaircase steps = new GoalStaircase(withSteps.id(), "plan-1", null,
                List.of(new SubGoal("s1", "Købe ind", SubGoalStatus.ACTIVE, null, STAMP, null)), List.of(), 1, STAMP,
                STAMP);
        GoalStaircase onlyReplaced = new GoalStaircase(without.id(), "plan-1", null,
                List.of(new SubGoal("s2", "Cykle", SubGoalStatus.REPLACED, null, STAMP, STAMP)), List.of(), 1, STAMP,
                STAMP);
        PlanCycle cycle = cycle("a", 1, CycleStage.FOLLOW_UP);
        Plan plan = plan("a", cycle.id(), List.of(withSteps, without, closed), List.of());
        YearWheelRules.CitizenFacts facts = new YearWheelRules.CitizenFacts(citizen("a"), List.of(cycle), plan, true,
                Map.of(withSteps.id(), steps, without.id(), onlyReplaced),
                List.of(planMeeting("a", LocalDateTime.of(2027, 9, 1, 9, 0))), List.of(), List.of());
        List<YearWheelItem> items = YearWheelRules.citizen(facts, TODAY);
        assertEquals(List.of(YearWheelItemKind.PLAN_NOT_APPROVED, YearWheelItemKind.SUB_GOAL_MISSING),
                items.stream().map(YearWheelItem::kind).toList());
        assertEquals(without.id(), items.get(1).goalId());
        assertEquals("Mål 2 har intet delmål", items.get(1).label().in(Locale.ROOT));

        Plan approved = plan("a", cycle.id(), List.of(withSteps), List.of(new Approval(ApprovalParty.CITIZEN, null,
                STAMP), new Approval(ApprovalParty.PROVIDER, null, STAMP), new Approval(ApprovalParty.AUTHORITY, null,
                        STAMP)));
        assertEquals(List.of(), YearWheelRules.citizen(new YearWheelRules.CitizenFacts(citizen("a"), List.of(cycle),
                approved, true, Map.of(withSteps.id(), steps),
                List.of(planMeeting("a", LocalDateTime.of(2027, 9, 1, 9, 0))), List.of(), List.of()), TODAY));
        // Before the follow-up, sub-goals are not due yet.
        PlanCycle atMeeting = cycle("a", 2, CycleStage.PLAN_MEETING);
        assertEquals(List.of(YearWheelItemKind.PLAN_NOT_APPROVED), YearWheelRules.citizen(
                new YearWheelRules.CitizenFacts(citizen("a"), List.of(atMeeting), plan, true, Map.of(),
                        List.of(planMeeting("a", LocalDateTime.of(2027, 9, 1, 9, 0))), List.of(), List.of()),
                TODAY).stream().map(YearWheelItem::kind).toList());
    }

    // ---- The three-month follow-up -------------------------------------------------------------------------------

    @Test
    void threeMonthsAfterTheThirtiethOfNovemberIsTheLeapDayAndAfterTheLeapDayThe29thOfMay() {
        assertEquals(LocalDate.of(2028, 2, 29), YearWheelRules.followUpDue(
                citizen("a", Instant.parse("2027-11-30T10:00:00Z"), Set.of(), List.of())));
        assertEquals(LocalDate.of(2028, 5, 29), YearWheelRules.followUpDue(
                citizen("a", Instant.parse("2028-02-29T10:00:00Z"), Set.of(), List.of())));
        // 23:30 UTC on 30 November is 00:30 on 1 December in Denmark.
        assertEquals(LocalDate.of(2028, 3, 1), YearWheelRules.followUpDue(
                citizen("a", Instant.parse("2027-11-30T23:30:00Z"), Set.of(), List.of())));
    }

    @Test
    void aNewCitizensFollowUpIsPointedOutFromFourWeeksBeforeUntilAPlanMeetingIsSetForIt() {
        Citizen fresh = citizen("n", Instant.parse("2027-11-30T10:00:00Z"), Set.of(), List.of());
        PlanCycle first = cycle("n", 1, CycleStage.PREPARATION);
        java.util.function.BiFunction<List<ScheduledMeeting>, LocalDate, List<YearWheelItem>> followUps = (meetings,
                today) -> YearWheelRules.citizen(new YearWheelRules.CitizenFacts(fresh, List.of(first), null, false,
                        Map.of(), meetings, List.of(), List.of()), today).stream()
                        .filter(i -> i.kind() == YearWheelItemKind.THREE_MONTH_FOLLOW_UP).toList();
        assertEquals(List.of(), followUps.apply(List.of(), LocalDate.of(2028, 1, 31)));
        List<YearWheelItem> due = followUps.apply(List.of(), LocalDate.of(2028, 2, 1));
        assertEquals(1, due.size());
        assertEquals(LocalDate.of(2028, 2, 29), due.get(0).date());
        assertEquals("Tremåneders-opfølgning senest 29. februar 2028: intet borgerplansmøde er planlagt",
                due.get(0).label().in(Locale.ROOT));
        assertEquals(1, followUps.apply(List.of(), LocalDate.of(2028, 5, 29)).size(), "overdue stays three months");
        assertEquals(List.of(), followUps.apply(List.of(), LocalDate.of(2028, 5, 30)));
        assertEquals(List.of(), followUps.apply(List.of(planMeeting("n", LocalDateTime.of(2028, 2, 29, 13, 0))),
                LocalDate.of(2028, 2, 1)));
        ScheduledMeeting late = planMeeting("n", LocalDateTime.of(2028, 3, 3, 9, 0));
        assertEquals(late.id(), followUps.apply(List.of(late), LocalDate.of(2028, 2, 1)).get(0).meetingId());

        YearWheelRules.CitizenFacts second = new YearWheelRules.CitizenFacts(fresh,
                List.of(cycle("n", 2, CycleStage.PREPARATION), cycle("n", 1, CycleStage.CLOSED)), null, false,
                Map.of(), List.of(), List.of(), List.of());
        assertFalse(kinds(second, LocalDate.of(2028, 2, 1)).contains(YearWheelItemKind.THREE_MONTH_FOLLOW_UP));
    }

    @Test
    void aCitizenRegisteredOnALeapDayIsDueOnThe29thOfMay() {
        Citizen leap = citizen("n", Instant.parse("2028-02-29T08:00:00Z"), Set.of(), List.of());
        YearWheelRules.CitizenFacts facts = new YearWheelRules.CitizenFacts(leap, List.of(), null, false, Map.of(),
                List.of(), List.of(), List.of());
        assertEquals(List.of(), kinds(facts, LocalDate.of(2028, 4, 30)));
        assertEquals(LocalDate.of(2028, 5, 29), YearWheelRules.citizen(facts, LocalDate.of(2028, 5, 1)).get(0).date());
    }

    // ---- Group meetings ------------------------------------------------------------------------------------------

    @Test
    void anAreaWithFewerThanFourGroupMeetingsInAYearIsPointedOutAndNextYearCountsFromNovember() {
        List<YearWheelItem> items = YearWheelRules.overview(List.of(),
                Map.of(new YearWheelRules.AreaYear(TargetGroup.AUTISM, 2027), 3,
                        new YearWheelRules.AreaYear(TargetGroup.ACQUIRED_BRAIN_INJURY, 2027), 4),
                TODAY);
        assertEquals(1, items.size());
        assertEquals(YearWheelItemKind.FEW_GROUP_MEETINGS, items.get(0).kind());
        assertEquals(TargetGroup.AUTISM, items.get(0).area());
        assertEquals(3, items.get(0).count());
        assertEquals("Autisme: 3 gruppeforberedelsesmøder planlagt i 2027 (normen er fire om året)",
                items.get(0).label().in(Locale.ROOT));
        assertEquals(List.of(2027), YearWheelRules.groupYears(LocalDate.of(2027, 10, 31)));
        assertEquals(List.of(2027, 2028), YearWheelRules.groupYears(LocalDate.of(2027, 11, 1)));
    }

    @Test
    void aSignUpIsRefusedWhenFullAlreadyOnOutsideTheAreaCancelledOrStarted() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 1, 10, 0);
        Citizen autism = citizen("a");
        Citizen brain = citizen("b", STAMP.at(), Set.of(TargetGroup.ACQUIRED_BRAIN_INJURY), List.of());
        assertEquals(List.of(), YearWheelRules.signUp(group(start, null, "x", "y"), autism, start.minusMinutes(1)));
        assertEquals(List.of("capacity:groupFull"),
                rules(YearWheelRules.signUp(group(start, null, "x", "y", "z"), autism, start.minusDays(1))));
        assertEquals(List.of("citizenId:alreadySignedUp"),
                rules(YearWheelRules.signUp(group(start, null, "a", "y", "z"), autism, start.minusDays(1))));
        assertEquals(List.of("area:notInArea"),
                rules(YearWheelRules.signUp(group(start, null), brain, start.minusDays(1))));
        assertEquals(List.of("cancelled:meetingCancelled"),
                rules(YearWheelRules.signUp(group(start, STAMP), autism, start.minusDays(1))));
        assertEquals(List.of("start:meetingPast"), rules(YearWheelRules.signUp(group(start, null), autism, start)));
        assertEquals("Borgeren hører ikke til målgruppen Autisme",
                YearWheelRules.signUp(group(start, null), brain, start.minusDays(1)).get(0).message(Locale.ROOT));
        assertEquals(List.of("citizenId:notSignedUp"),
                rules(YearWheelRules.withdraw(group(start, null), "a", start.minusDays(1))));
        assertEquals(List.of("start:meetingPast"),
                rules(YearWheelRules.withdraw(group(start, null, "a"), "a", start.plusMinutes(1))));
    }

    // ---- Drafts --------------------------------------------------------------------------------------------------

    @Test
    void aDraftNeedsItsKindAStartThatExistsInDanishTimeAndAReasonableDuration() {
        LocalDate today = LocalDate.of(2027, 1, 10);
        assertEquals(List.of(), YearWheelRules.check(new ScheduledMeetingDraft(null, ScheduledMeetingKind.PLAN_MEETING,
                LocalDateTime.of(2027, 3, 28, 3, 0), 90, " Rådhuset ",
                List.of(new Participant("Testborger", ParticipantRole.CITIZEN))), today));
        assertEquals(List.of("kind:required", "start:timeSkipped", "durationMinutes:durationRange"),
                rules(YearWheelRules.check(new ScheduledMeetingDraft(null, null, LocalDateTime.of(2027, 3, 28, 2, 30),
                        14, null, null), today)));
        assertEquals(List.of("start:dateOutOfRange", "durationMinutes:required", "place:tooLong",
                "participants[1].role:oneCitizen"),
                rules(YearWheelRules.check(new ScheduledMeetingDraft(null, ScheduledMeetingKind.PREPARATION_MEETING,
                        LocalDateTime.of(2030, 1, 1, 9, 0), null, "x".repeat(201),
                        List.of(new Participant("A", ParticipantRole.CITIZEN),
                                new Participant("B", ParticipantRole.CITIZEN))), today)));
        assertEquals(List.of(), rules(YearWheelRules.check(new ScheduledMeetingDraft(null,
                ScheduledMeetingKind.PLAN_MEETING, LocalDateTime.of(2027, 10, 31, 2, 30), 480, null, null), today)),
                "the hour that occurs twice in October exists");
        assertEquals(List.of("capacity:capacityRange"), rules(YearWheelRules.check(new GroupPreparationMeetingDraft(
                TargetGroup.AUTISM, LocalDateTime.of(2027, 3, 1, 10, 0), 120, null, 51), today)));
        assertEquals(List.of("area:required", "capacity:capacityRange"), rules(YearWheelRules.check(
                new GroupPreparationMeetingDraft(null, LocalDateTime.of(2027, 3, 1, 10, 0), 120, null, 0), today)));
        assertEquals(List.of(), YearWheelRules.check(new GroupPreparationMeetingDraft(TargetGroup.AUTISM,
                LocalDateTime.of(2027, 3, 1, 10, 0), 15, null, 1), today));
        assertEquals(List.of(), YearWheelRules.check(new GroupPreparationMeetingDraft(TargetGroup.AUTISM,
                LocalDateTime.of(2027, 3, 1, 10, 0), 15, null, 50), today));
        assertEquals(List.of("to:dateRange"), rules(YearWheelRules.range(today, today.minusDays(1))));
        assertEquals(List.of(), YearWheelRules.range(today, today));
    }

    @Test
    void aMeetingLastsItsMinutesAcrossTheChangeFromSummerTime() {
        ScheduledMeeting night = new ScheduledMeeting("m", "a", null, ScheduledMeetingKind.PLAN_MEETING,
                LocalDateTime.of(2027, 10, 31, 1, 30), 120, null, List.of(), null, null, 0, 1, STAMP, STAMP);
        assertEquals("2027-10-31T01:30+02:00[Europe/Copenhagen]", night.startInDenmark().toString());
        assertEquals("2027-10-31T02:30+01:00[Europe/Copenhagen]", night.endInDenmark().toString());
        assertEquals(Duration.ofMinutes(120), Duration.between(night.startInDenmark(), night.endInDenmark()));
    }

    // ---- October planning ----------------------------------------------------------------------------------------

    @Test
    void theOctoberPlanningCountsEachOffersPlanMeetingsPerDanishMonthAndListsTheUnscheduled() {
        Offer bo1 = new Offer("o1", OfferKind.RESIDENTIAL, "Bofællesskabet Lærkevej", "Randers Kommune", "Karin");
        Offer bo2 = new Offer("o2", OfferKind.RESIDENTIAL, " bofællesskabet lærkevej ", "Randers Kommune", "Ole");
        Offer day = new Offer("o3", OfferKind.DAY, "Dagtilbuddet", "Randers Kommune", "Bo");
        Citizen a = citizen("a", STAMP.at(), Set.of(), List.of(bo1, day));
        Citizen b = citizen("b", STAMP.at(), Set.of(), List.of(bo2));
        Citizen c = citizen("c", STAMP.at(), Set.of(), List.of());
        ScheduledMeeting newYear = planMeeting("a", LocalDateTime.of(2028, 1, 1, 0, 30));
        ScheduledMeeting lastYear = planMeeting("b", LocalDateTime.of(2027, 12, 31, 23, 30));
        ScheduledMeeting cancelled = meeting("b", ScheduledMeetingKind.PLAN_MEETING, LocalDateTime.of(2028, 5, 1, 9, 0),
                null, STAMP);
        ScheduledMeeting preparation = meeting("c", ScheduledMeetingKind.PREPARATION_MEETING,
                LocalDateTime.of(2028, 6, 1, 9, 0), null, null);
        OctoberPlanning planning = YearWheelRules.octoberPlanning(2028, List.of(a, b, c),
                Map.of("a", List.of(newYear), "b", List.of(lastYear, cancelled), "c", List.of(preparation)));
        assertEquals(List.of("b", "c"), planning.unscheduledCitizenIds());
        assertEquals(3, planning.offers().size());
        OfferPlanning bofaellesskab = planning.offers().get(0);
        assertEquals("Bofællesskabet Lærkevej", bofaellesskab.offerName());
        assertEquals(List.of("a", "b"), bofaellesskab.citizenIds());
        assertEquals(12, bofaellesskab.months().size());
        assertEquals(Month.JANUARY, bofaellesskab.months().get(0).month());
        assertEquals(List.of(newYear), bofaellesskab.months().get(0).meetings());
        assertEquals(1, bofaellesskab.total());
        assertEquals(List.of("b"), bofaellesskab.unscheduledCitizenIds());
        assertEquals("Dagtilbuddet", planning.offers().get(1).offerName());
        assertEquals(1, planning.offers().get(1).total(), "a joint plan meeting counts for each of the offers");
        assertEquals(null, planning.offers().get(2).offerName());
        assertEquals(List.of("c"), planning.offers().get(2).unscheduledCitizenIds());
    }

    @Test
    void anOverviewIsOrderedByDateThenKindUndatedLast() {
        List<YearWheelRules.CitizenFacts> facts = new ArrayList<>();
        facts.add(facts("b", List.of(), List.of(), List.of()));
        facts.add(facts("a", List.of(planMeeting("a", LocalDateTime.of(2027, 2, 1, 9, 0))), List.of(), List.of()));
        List<YearWheelItem> items = YearWheelRules.overview(facts, Map.of(), TODAY);
        assertEquals(List.of(YearWheelItemKind.NOT_ANNOUNCED, YearWheelItemKind.PREPARATION_MISSING,
                YearWheelItemKind.PLAN_MEETING_NOT_SCHEDULED), items.stream().map(YearWheelItem::kind).toList());
        assertEquals("b", items.get(2).citizenId());
    }
}
