package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.CitizenStatus;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Due;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.PreparationKind;
import dk.borgerplan.plan.PreparationMeetingDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/** The caseload: citizens found by part of the name, and what is due in each one's cycle. */
class CaseloadTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MEETING = LocalDate.of(2026, 12, 10);

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemoryPreparationStore preparationStore = new InMemoryPreparationStore();
    private final CitizenRegistry citizens = new CitizenRegistry(store);
    private final CycleModel cycles = new CycleModel(store, new InMemoryStaircaseStore());
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3,
            "fko", NOVEMBER);
    private final PreparationModel preparations = new PreparationModel(store, preparationStore, 100, NOVEMBER);
    private final Caseload caseload = new Caseload(store, preparationStore);

    private String citizen(String name) {
        return citizens.create(CASEWORKER, new NewCitizen(name)).id();
    }

    private void preparation(PlanCycle cycle, LocalDate date) {
        preparations.register(CASEWORKER, cycle.id(), new PreparationMeetingDraft(PreparationKind.GROUP, date, null));
    }

    private Plan plan(String citizenId, LocalDate meetingDate) {
        return plans.create(CASEWORKER, citizenId, new PlanDraft("Formål", List.of(new GoalDraft("Jeg går en tur",
                new ScoreDraft(null, 2), new ScoreDraft(null, 1))), null, null, null, null, null, null,
                meetingDate == null ? null : new PlanMeeting(meetingDate, List.of())));
    }

    @Test
    void searchFindsPartOfTheNameIgnoringCaseInNameOrderAndPages() {
        citizen("Mette Hansen");
        citizen("Anders Mettesen");
        citizen("Bo Jensen");
        Page<CitizenStatus> found = caseload.search("  mETTe ", 0, 50);
        assertEquals(2, found.total());
        assertEquals(List.of("Anders Mettesen", "Mette Hansen"),
                found.items().stream().map(s -> s.citizen().name()).toList());
        Page<CitizenStatus> second = caseload.search("mette", 1, 1);
        assertEquals(List.of("Mette Hansen"), second.items().stream().map(s -> s.citizen().name()).toList());
        assertEquals(2, second.total());
        assertEquals(3, caseload.search(null, 0, 50).total());
        assertEquals(3, caseload.search(" ", 0, 500).items().size());
        assertEquals(200, caseload.search("", 0, 500).limit());
        assertEquals(0, caseload.search("Nielsen", 0, 50).total());
    }

    @Test
    void aCitizenWithoutACycleHasNone() {
        CitizenStatus status = caseload.status(citizen("Mette"));
        assertNull(status.cycle());
        assertEquals(List.of(Due.NO_CYCLE), status.due());
        assertThrows(NotFoundException.class, () -> caseload.status("no-such-citizen"));
    }

    @Test
    void atPreparationTheMeetingDateAndAPreparationMeetingAreDue() {
        String id = citizen("Mette");
        PlanCycle cycle = cycles.open(CASEWORKER, id);
        CitizenStatus status = caseload.status(id);
        assertEquals(CycleStage.PREPARATION, status.cycle().stage());
        assertEquals(List.of(Due.MEETING_DATE_MISSING, Due.PREPARATION_MISSING), status.due());
        preparation(cycle, LocalDate.of(2026, 11, 19));
        assertEquals(List.of(Due.MEETING_DATE_MISSING), caseload.status(id).due());
        assertEquals(1, caseload.status(id).preparationMeetings());
    }

    @Test
    void aPreparationMeetingAfterThePlanMeetingDoesNotCount() {
        String id = citizen("Mette");
        PlanCycle cycle = cycles.open(CASEWORKER, id);
        preparation(cycle, MEETING.plusDays(1));
        cycle = cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.PLAN_MEETING);
        assertEquals(List.of(Due.MEETING_DATE_MISSING, Due.PLAN_MISSING), caseload.status(id).due(),
                "before the date is known any dated preparation meeting counts");
        Plan plan = plan(id, MEETING);
        CitizenStatus status = caseload.status(id);
        assertEquals(MEETING, status.planMeetingDate());
        assertEquals(plan.id(), status.planId());
        assertEquals(List.of(Due.PREPARATION_MISSING, Due.PLAN_NOT_APPROVED), status.due());
        preparation(cycle, MEETING);
        assertEquals(List.of(Due.PLAN_NOT_APPROVED), caseload.status(id).due(), "on the day itself counts");
    }

    @Test
    void anApprovedPlanInUseHasNothingDueAndANewRevisionNeedsApprovalAgain() {
        String id = citizen("Mette");
        Plan plan = plan(id, MEETING); // a citizen with no cycle gets one opened at the plan meeting
        approveByAll(plan.id(), plan.version());
        assertEquals(List.of(Due.PREPARATION_MISSING), caseload.status(id).due());
        Plan revised = plans.update(CASEWORKER, plan.id(), plans.find(plan.id()).orElseThrow().version(),
                new PlanDraft("Nyt formål", List.of(new GoalDraft("Jeg går en tur", new ScoreDraft(null, 2),
                        new ScoreDraft(null, 1))), null, null, null, null, null, null,
                        new PlanMeeting(MEETING, List.of())));
        assertEquals(List.of(Due.PREPARATION_MISSING, Due.PLAN_NOT_APPROVED), caseload.status(id).due());
        approveByAll(plan.id(), revised.version());
        PlanCycle cycle = caseload.status(id).cycle();
        cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.FOLLOW_UP);
        CitizenStatus inUse = caseload.status(id);
        assertEquals(CycleStage.FOLLOW_UP, inUse.cycle().stage());
        assertEquals(List.of(), inUse.due(), "preparation is over; the plan is approved");
    }

    private void approveByAll(String planId, long version) {
        for (ApprovalParty party : ApprovalParty.values()) {
            version = plans.approve(CASEWORKER, planId, version, new ApprovalDraft(party, null)).version();
        }
    }
}
