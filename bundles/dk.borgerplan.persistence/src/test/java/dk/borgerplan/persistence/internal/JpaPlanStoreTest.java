package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.CycleTransition;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.SpecialConditions;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.themes.ThemeRef;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.platform.Health;

/** The store against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaPlanStoreTest {

    private static final Stamp STAMP = new Stamp("tester", Instant.parse("2026-11-22T10:00:00Z"));

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaPlanStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaPlanStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private static Citizen citizen(String name) {
        return new Citizen(UUID.randomUUID().toString(), name, null, Set.of(), null, null, null, false, 0, STAMP,
                STAMP);
    }

    private static Citizen citizen(String name, String cpr) {
        return new Citizen(UUID.randomUUID().toString(), name, CprNumber.parse(cpr),
                Set.of(TargetGroup.AUTISM, TargetGroup.ACQUIRED_BRAIN_INJURY), "730", "751", PlanLook.NEUTRAL, true, 0,
                STAMP, STAMP);
    }

    @Test
    void aCitizensDetailsAreStoredAndFoundByCprNumber() {
        Citizen stored = store.insertCitizen(citizen("Testborger Detaljer", "0101701234"));
        assertEquals(stored, store.citizen(stored.id()).orElseThrow());
        assertEquals(Set.of(TargetGroup.AUTISM, TargetGroup.ACQUIRED_BRAIN_INJURY), stored.targetGroups());
        assertEquals(PlanLook.NEUTRAL, stored.look());
        assertEquals(stored.id(), store.citizenByCpr(CprNumber.parse("010170-1234")).orElseThrow().id());
        assertTrue(store.citizenByCpr(CprNumber.parse("0101701235")).isEmpty());
    }

    @Test
    void theDatabaseRefusesASecondCitizenWithTheSameCprNumber() {
        Citizen first = store.insertCitizen(citizen("Første", "0101701234"));
        DuplicateCitizenException e = assertThrows(DuplicateCitizenException.class,
                () -> store.insertCitizen(citizen("Anden", "0101701234")));
        assertEquals(first.id(), e.existingId());
        assertEquals(1, store.citizens(0, 10).total());
    }

    private static Plan plan(String citizenId, String purpose, int goals) {
        List<Goal> list = new ArrayList<>();
        for (int i = 1; i <= goals; i++) {
            list.add(new Goal(i, "Jeg mål " + i, new Score("fko", "1", 3), new Score("fko", "1", i % 3)));
        }
        return new Plan(UUID.randomUUID().toString(), citizenId, purpose, list, 0, STAMP, STAMP);
    }

    @Test
    void aCitizenAndAPlanAreStoredAndReadBackWithVersionOne() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Æblegård"));
        assertEquals(1, citizen.version());
        assertEquals(citizen, store.citizen(citizen.id()).orElseThrow());

        Plan plan = store.insertPlan(plan(citizen.id(), "Jeg vil bo for mig selv – med støtte", 3));
        Plan read = store.plan(plan.id()).orElseThrow();
        assertEquals(plan, read);
        assertEquals(1, read.version());
        assertEquals(List.of(1, 2, 3), read.goals().stream().map(Goal::number).toList());
        assertEquals(new Score("fko", "1", 2), read.goals().get(1).expectedScore());
        assertEquals(List.of(read), store.plansOf(citizen.id()));
    }

    @Test
    void aWholeGoalIsStoredAndReadBack() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Mål"));
        Goal whole = new Goal(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1, "Jeg laver selv mad", new Smart("Mad", "To gange om ugen", null, "Ja", "Sommer"),
                "Gælder hverdage",
                new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", "code-a"), "Praktiske opgaver"),
                new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", "code-b"), "Egenomsorg"),
                List.of("theme.praktiske-opgaver", "interest.music"), GoalType.LIMIT_LOSS, new Score("fko", "1", 3),
                new Score("fko", "1", 2), new Score("fko", "1", 1), "Borgeren er uenig",
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()), GoalStatus.ACTIVE, null, null);
        Goal bare = new Goal(2, "Jeg går en tur", new Score("fko", "1", 2), new Score("fko", "1", 2));
        Plan plan = store.insertPlan(new Plan(UUID.randomUUID().toString(), citizen.id(), "Formål",
                List.of(whole, bare), 0, STAMP, STAMP));
        assertEquals(List.of(whole, bare), store.plan(plan.id()).orElseThrow().goals());
    }

    @Test
    void theWheelsFieldsTheParkingLotAndTheActionPlanElementsAreStored() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Hjul"));
        ThemeUse relations = new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", "rel"), "Relationer");
        ThemeUse selfCare = new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", "ego"), "Egenomsorg");
        Plan plan = new Plan(UUID.randomUUID().toString(), citizen.id(), null, "Formål",
                List.of(new Goal(1, "Jeg a", new Score("fko", "1", 2), new Score("fko", "1", 1))),
                List.of(new FieldEntry("Jeg er glad", List.of("resource.smiley")), new FieldEntry("Jeg synger", List.of())),
                List.of(new ThemeField(relations, List.of(new FieldEntry("Min søster", List.of()),
                        new FieldEntry(null, List.of("theme.relationer")))),
                        new ThemeField(selfCare, List.of(new FieldEntry("Jeg går i bad selv", List.of())))),
                List.of(new FieldEntry("Værkstedet", List.of("employment.work"))), "Noter fra mødet",
                List.of("Flytte?", "Kæreste"),
                new ActionPlanElements("Støtte", "Et år", new SpecialConditions("Egen bolig", null, null, null, "Rollator")),
                1, List.of(), 0, STAMP, STAMP);
        Plan stored = store.insertPlan(plan);
        assertEquals(plan.withVersion(1), stored);
        assertEquals(plan.withVersion(1), store.plan(plan.id()).orElseThrow());
        Plan emptied = new Plan(plan.id(), plan.citizenId(), "Formål", plan.goals(), 1, STAMP, STAMP);
        assertEquals(emptied.withVersion(2), store.updatePlan(emptied, 1));
        assertEquals(emptied.withVersion(2), store.plan(plan.id()).orElseThrow());
    }

    @Test
    void aCycleKeepsItsHistoryAndHasOnePlan() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Cyklus"));
        PlanCycle cycle = store.insertCycle(new PlanCycle(UUID.randomUUID().toString(), citizen.id(), 1,
                CycleStage.PREPARATION, List.of(new CycleTransition(null, CycleStage.PREPARATION, STAMP)), 0, STAMP,
                STAMP));
        assertEquals(1, cycle.version());
        Stamp later = new Stamp("kontaktperson", STAMP.at().plus(1, ChronoUnit.DAYS));
        PlanCycle moved = store.updateCycle(new PlanCycle(cycle.id(), citizen.id(), 1, CycleStage.PLAN_MEETING,
                List.of(cycle.history().get(0), new CycleTransition(CycleStage.PREPARATION, CycleStage.PLAN_MEETING,
                        later)), 1, STAMP, later), 1);
        assertEquals(2, moved.version());
        assertEquals(moved, store.cycle(cycle.id()).orElseThrow());
        assertEquals(List.of(moved), store.cyclesOf(citizen.id()));
        assertThrows(VersionConflictException.class, () -> store.updateCycle(moved, 1));
        assertThrows(StateConflictException.class, () -> store.insertCycle(new PlanCycle(UUID.randomUUID().toString(),
                citizen.id(), 1, CycleStage.PREPARATION, List.of(), 0, STAMP, STAMP)));

        Plan plan = store.insertPlan(new Plan(UUID.randomUUID().toString(), citizen.id(), cycle.id(), "Formål",
                List.of(), null, null, null, null, null, null, 1, List.of(), 0, STAMP, STAMP));
        assertEquals(plan, store.planOfCycle(cycle.id()).orElseThrow());
        StateConflictException second = assertThrows(StateConflictException.class,
                () -> store.insertPlan(new Plan(UUID.randomUUID().toString(), citizen.id(), cycle.id(), "Igen",
                        List.of(), null, null, null, null, null, null, 1, List.of(), 0, STAMP, STAMP)));
        assertEquals("planExists", second.rule());
    }

    @Test
    void approvalsAreStoredAndARevisionKeepsTheApprovedPlanWhole() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Godkendelse"));
        Plan plan = store.insertPlan(plan(citizen.id(), "Godkendt formål", 2));
        Approval citizenApproval = new Approval(ApprovalParty.CITIZEN, "Værge", STAMP);
        Plan approved = store.updatePlan(plan.withApprovals(List.of(citizenApproval), STAMP), 1);
        assertEquals(List.of(citizenApproval), store.plan(plan.id()).orElseThrow().approvals());

        Plan second = new Plan(plan.id(), plan.citizenId(), null, "Nyt formål", List.of(), null, null, null, null,
                null, null, 2, List.of(), approved.version(), plan.created(), STAMP);
        Plan revised = store.revisePlan(second, approved.version());
        assertEquals(2, revised.revision());
        assertEquals(List.of(approved), store.planRevisions(plan.id()));
        assertEquals("Godkendt formål", store.planRevisions(plan.id()).get(0).purpose());
        assertEquals(2, store.planRevisions(plan.id()).get(0).goals().size());
    }

    @Test
    void everythingIsStillThereAfterTheDatabaseIsClosedAndOpenedAgain() throws Exception {
        Citizen citizen = store.insertCitizen(citizen("Testborger Øster"));
        Plan plan = store.insertPlan(plan(citizen.id(), "Formål", 2));
        database.close();
        open();
        assertEquals(citizen, store.citizen(citizen.id()).orElseThrow());
        assertEquals(plan, store.plan(plan.id()).orElseThrow());
    }

    @Test
    void offersPeopleAndAChangeOfTheCitizenAreStoredUnderTheVersionCheck() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Offer"));
        Citizen changed = new Citizen(citizen.id(), citizen.name(), null, Set.of(), "730", "730",
                List.of(new dk.borgerplan.plan.Offer(UUID.randomUUID().toString(), dk.borgerplan.plan.OfferKind.DAY,
                        "Værkstedet", "Randers Kommune", "Kontaktperson A")),
                List.of(new dk.borgerplan.plan.RelatedPerson("Mor", dk.borgerplan.plan.PersonRole.GUARDIAN, "mor")),
                null, true, citizen.version(), citizen.created(), STAMP);
        Citizen stored = store.updateCitizen(changed, citizen.version());
        assertEquals(2, stored.version());
        assertEquals(changed.offers(), stored.offers());
        assertEquals(changed.people(), stored.people());
        assertEquals(stored, store.citizen(citizen.id()).orElseThrow());
        assertThrows(VersionConflictException.class, () -> store.updateCitizen(changed, citizen.version()));
    }

    @Test
    void aGoalKeepsItsIdClosingAndReviewAndFindsItsPlan() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Goal"));
        Plan plan = store.insertPlan(plan(citizen.id(), "Formål", 2));
        Goal goal = plan.goals().get(1);
        Goal done = goal.closed(new dk.borgerplan.plan.GoalClosing(dk.borgerplan.plan.GoalStatus.CLOSED_EARLY,
                "Flyttet", true, STAMP)).reviewed(new dk.borgerplan.plan.GoalReview(new Score("fko", "1", 1),
                        dk.borgerplan.plan.ReviewOutcome.END_AND_REFER, "Ny indsats", STAMP));
        Plan changed = store.updatePlan(plan.withGoal(done, STAMP), plan.version());
        assertEquals(done, changed.goal(goal.id()).orElseThrow());
        assertEquals(changed, store.planOfGoal(goal.id()).orElseThrow());
        assertTrue(store.planOfGoal(UUID.randomUUID().toString()).isEmpty());
    }

    @Test
    void thePlanMeetingIsStoredWithThePlan() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Møde"));
        Plan bare = plan(citizen.id(), "Formål", 1);
        dk.borgerplan.plan.PlanMeeting meeting = new dk.borgerplan.plan.PlanMeeting(java.time.LocalDate.of(2026, 11, 19),
                List.of(new dk.borgerplan.plan.Participant("Mette", dk.borgerplan.plan.ParticipantRole.CITIZEN),
                        new dk.borgerplan.plan.Participant("Anne", dk.borgerplan.plan.ParticipantRole.CONTACT_PERSON)));
        Plan plan = store.insertPlan(new Plan(bare.id(), bare.citizenId(), null, bare.purpose(), bare.goals(), null,
                null, null, null, null, null, 1, List.of(), 0, STAMP, STAMP, meeting));
        assertEquals(meeting, store.plan(plan.id()).orElseThrow().meeting());
        assertEquals(null, store.plan(store.insertPlan(plan(citizen.id(), "Uden møde", 1)).id()).orElseThrow()
                .meeting());
    }

    @Test
    void aReorderedParkingLotAndFieldAreStoredInTheirNewOrder() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Orden"));
        Plan bare = plan(citizen.id(), "Formål", 1);
        List<dk.borgerplan.plan.FieldEntry> entries = List.of(new dk.borgerplan.plan.FieldEntry("A", List.of()),
                new dk.borgerplan.plan.FieldEntry("B", List.of()), new dk.borgerplan.plan.FieldEntry("C", List.of()));
        Plan plan = store.insertPlan(new Plan(bare.id(), bare.citizenId(), null, bare.purpose(), bare.goals(), entries,
                null, null, null, List.of("1", "2", "3"), null, 1, List.of(), 0, STAMP, STAMP));
        Plan reordered = new Plan(plan.id(), plan.citizenId(), null, plan.purpose(), plan.goals(),
                List.of(entries.get(2), entries.get(0), entries.get(1)), null, null, null, List.of("3", "1", "2"),
                null, 1, List.of(), plan.version(), STAMP, STAMP);
        store.updatePlan(reordered, plan.version());
        Plan read = store.plan(plan.id()).orElseThrow();
        assertEquals(List.of("3", "1", "2"), read.parkingLot());
        assertEquals(List.of("C", "A", "B"), read.resourceField().stream().map(e -> e.text()).toList());
    }

    @Test
    void reorderedOffersPeopleAndMeetingParticipantsKeepTheirNewOrder() {
        Citizen citizen = store.insertCitizen(citizen("Testborger Rækkefølge"));
        List<dk.borgerplan.plan.Offer> offers = List.of(
                new dk.borgerplan.plan.Offer(UUID.randomUUID().toString(), dk.borgerplan.plan.OfferKind.DAY, "A", null,
                        null),
                new dk.borgerplan.plan.Offer(UUID.randomUUID().toString(), dk.borgerplan.plan.OfferKind.DAY, "B", null,
                        null));
        List<dk.borgerplan.plan.RelatedPerson> people = List.of(
                new dk.borgerplan.plan.RelatedPerson("X", dk.borgerplan.plan.PersonRole.RELATIVE, null),
                new dk.borgerplan.plan.RelatedPerson("Y", dk.borgerplan.plan.PersonRole.RELATIVE, null));
        Citizen first = store.updateCitizen(new Citizen(citizen.id(), citizen.name(), null, Set.of(), null, null,
                offers, people, null, false, 1, STAMP, STAMP), citizen.version());
        store.updateCitizen(new Citizen(citizen.id(), citizen.name(), null, Set.of(), null, null,
                List.of(offers.get(1), offers.get(0)), List.of(people.get(1), people.get(0)), null, false, 2, STAMP,
                STAMP), first.version());
        Citizen read = store.citizen(citizen.id()).orElseThrow();
        assertEquals(List.of("B", "A"), read.offers().stream().map(dk.borgerplan.plan.Offer::name).toList());
        assertEquals(List.of("Y", "X"), read.people().stream().map(dk.borgerplan.plan.RelatedPerson::name).toList());

        Plan bare = plan(citizen.id(), "Formål", 1);
        List<dk.borgerplan.plan.Participant> participants = List.of(
                new dk.borgerplan.plan.Participant("P", dk.borgerplan.plan.ParticipantRole.OTHER),
                new dk.borgerplan.plan.Participant("Q", dk.borgerplan.plan.ParticipantRole.OTHER));
        Plan plan = store.insertPlan(new Plan(bare.id(), bare.citizenId(), null, bare.purpose(), bare.goals(), null,
                null, null, null, null, null, 1, List.of(), 0, STAMP, STAMP,
                new dk.borgerplan.plan.PlanMeeting(null, participants)));
        store.updatePlan(new Plan(plan.id(), plan.citizenId(), null, plan.purpose(), plan.goals(), null, null, null,
                null, null, null, 1, List.of(), plan.version(), STAMP, STAMP,
                new dk.borgerplan.plan.PlanMeeting(null, List.of(participants.get(1), participants.get(0)))),
                plan.version());
        assertEquals(List.of("Q", "P"), store.plan(plan.id()).orElseThrow().meeting().participants().stream()
                .map(dk.borgerplan.plan.Participant::name).toList());
    }

    @Test
    void citizensArePagedByName() {
        for (String name : List.of("C", "A", "E", "B", "D")) {
            store.insertCitizen(citizen(name));
        }
        Page<Citizen> page = store.citizens(1, 2);
        assertEquals(5, page.total());
        assertEquals(List.of("B", "C"), page.items().stream().map(Citizen::name).toList());
    }

    @Test
    void anUpdateReplacesGoalsAndRaisesTheVersion() {
        Citizen citizen = store.insertCitizen(citizen("Testborger"));
        Plan plan = store.insertPlan(plan(citizen.id(), "Formål", 3));
        Stamp later = new Stamp("other", STAMP.at().plus(1, ChronoUnit.HOURS));
        Plan changed = new Plan(plan.id(), plan.citizenId(), "Nyt formål", plan(citizen.id(), "x", 1).goals(), 1,
                plan.created(), later);
        Plan stored = store.updatePlan(changed, 1);
        assertEquals(2, stored.version());
        Plan read = store.plan(plan.id()).orElseThrow();
        assertEquals("Nyt formål", read.purpose());
        assertEquals(1, read.goals().size());
        assertEquals(later, read.updated());
        assertEquals(plan.created(), read.created());
    }

    @Test
    void anUpdateOnAStaleVersionIsRefusedAndChangesNothing() {
        Citizen citizen = store.insertCitizen(citizen("Testborger"));
        Plan plan = store.insertPlan(plan(citizen.id(), "Formål", 1));
        store.updatePlan(withPurpose(plan, "Første"), 1);
        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> store.updatePlan(withPurpose(plan, "Anden"), 1));
        assertEquals(2, conflict.current());
        assertEquals("Første", store.plan(plan.id()).orElseThrow().purpose());
        assertThrows(NotFoundException.class, () -> store.updatePlan(plan(citizen.id(), "x", 0), 1));
    }

    @Test
    void twoWritersOnTheSamePlanVersionNeverLoseAnUpdate() throws Exception {
        Citizen citizen = store.insertCitizen(citizen("Testborger"));
        Plan plan = store.insertPlan(plan(citizen.id(), "Formål", 1));
        int rounds = 20;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long version = store.plan(plan.id()).orElseThrow().version();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (String writer : List.of("A" + round, "B" + round)) {
                    Callable<String> write = () -> {
                        together.await();
                        try {
                            store.updatePlan(withPurpose(plan, writer), version);
                            return writer;
                        } catch (VersionConflictException e) {
                            return null;
                        }
                    };
                    outcomes.add(pool.submit(write));
                }
                List<String> winners = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    if (outcome.get() != null) {
                        winners.add(outcome.get());
                    }
                }
                assertEquals(1, winners.size(), "exactly one of two writers on version " + version + " wins");
                Plan now = store.plan(plan.id()).orElseThrow();
                assertEquals(winners.get(0), now.purpose());
                assertEquals(version + 1, now.version());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void healthSaysUpOnceTheDatabaseIsOpen() {
        store.citizens(0, 1);
        Health health = database.check();
        assertTrue(health.isUp(), health.toString());
    }

    private static Plan withPurpose(Plan plan, String purpose) {
        return new Plan(plan.id(), plan.citizenId(), purpose, plan.goals(), plan.version(), plan.created(),
                plan.updated());
    }
}
