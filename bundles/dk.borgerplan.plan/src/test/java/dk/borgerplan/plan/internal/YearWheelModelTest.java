package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.GroupPreparationMeetingDraft;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.OctoberPlanning;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingDraft;
import dk.borgerplan.plan.ScheduledMeetingKind;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.YearWheelItem;
import dk.borgerplan.plan.YearWheelItemKind;

/** The year wheel service over in-memory stores: scheduling, announcing, cancelling, group sign-ups, the overview. */
class YearWheelModelTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Actor CONTACT = new Actor("kontaktperson-1", "Karin Kontaktperson");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryPlanStore plans = new InMemoryPlanStore();
    private final InMemoryStaircaseStore staircases = new InMemoryStaircaseStore();
    private final InMemoryYearWheelStore store = new InMemoryYearWheelStore();
    private final YearWheelModel wheel = new YearWheelModel(plans, new InMemoryPreparationStore(), staircases, store,
            clock);
    private final Citizen citizen = citizen(Set.of(TargetGroup.AUTISM));
    private final PlanCycle cycle = new CycleModel(plans, staircases, clock).open(CASEWORKER, citizen.id());

    private Citizen citizen(Set<TargetGroup> areas) {
        Stamp created = new Stamp(CASEWORKER.id(), Instant.parse("2026-01-05T09:00:00Z"));
        return plans.insertCitizen(new Citizen(PlanModel.newId(), "Testborger", null, areas, null, null, null, false,
                0, created, created));
    }

    private static ScheduledMeetingDraft plan(LocalDateTime start) {
        return new ScheduledMeetingDraft(null, ScheduledMeetingKind.PLAN_MEETING, start, 90, " Rådhuset, mødelokale 2 ",
                List.of(new Participant(" Testborger ", ParticipantRole.CITIZEN),
                        new Participant("Karin", ParticipantRole.CONTACT_PERSON)));
    }

    private static GroupPreparationMeetingDraft group(LocalDateTime start, int capacity) {
        return new GroupPreparationMeetingDraft(TargetGroup.AUTISM, start, 120, "Kraftcentret", capacity);
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aPlanMeetingIsScheduledInDanishTimeWithAStableIdAndSequenceZero() {
        ScheduledMeeting meeting = wheel.schedule(CASEWORKER, citizen.id(),
                plan(LocalDateTime.of(2027, 4, 4, 9, 0)));
        assertEquals(1, meeting.version());
        assertEquals(0, meeting.sequence());
        assertEquals(36, meeting.id().length());
        assertEquals("Rådhuset, mødelokale 2", meeting.place());
        assertEquals("Testborger", meeting.participants().get(0).name());
        assertEquals("2027-04-04T09:00+02:00[Europe/Copenhagen]", meeting.startInDenmark().toString());
        assertNull(meeting.announced());
        assertEquals(new Stamp(CASEWORKER.id(), NOW), meeting.created());
        assertEquals(List.of(meeting), wheel.meetingsOf(citizen.id()));
        assertEquals(citizen.id(), wheel.citizenOfMeeting(meeting.id()).orElseThrow());
        assertThrows(NotFoundException.class,
                () -> wheel.schedule(CASEWORKER, "no-such-citizen", plan(LocalDateTime.of(2027, 4, 4, 9, 0))));
    }

    @Test
    void aMeetingNamesOnlyACycleOfItsCitizen() {
        ScheduledMeetingDraft own = new ScheduledMeetingDraft(cycle.id(), ScheduledMeetingKind.PLAN_MEETING,
                LocalDateTime.of(2027, 4, 4, 9, 0), 90, null, null);
        assertEquals(cycle.id(), wheel.schedule(CASEWORKER, citizen.id(), own).cycleId());
        Citizen other = citizen(Set.of());
        assertEquals(List.of("cycleId:notCitizensCycle"),
                rules(assertThrows(ValidationException.class, () -> wheel.schedule(CASEWORKER, other.id(), own))));
        assertThrows(NotFoundException.class, () -> wheel.schedule(CASEWORKER, citizen.id(),
                new ScheduledMeetingDraft("no-such-cycle", ScheduledMeetingKind.PLAN_MEETING,
                        LocalDateTime.of(2027, 4, 4, 9, 0), 90, null, null)));
    }

    @Test
    void aChangedDateVoidsTheAnnouncementAndEveryChangeOfTheEventRaisesTheSequence() {
        ScheduledMeeting meeting = wheel.schedule(CASEWORKER, citizen.id(), plan(LocalDateTime.of(2027, 4, 4, 9, 0)));
        meeting = wheel.announce(CASEWORKER, meeting.id(), meeting.version());
        assertEquals(new Stamp(CASEWORKER.id(), NOW), meeting.announced());
        assertEquals(0, meeting.sequence(), "announcing does not move the event");
        StateConflictException twice = assertThrows(StateConflictException.class,
                () -> wheel.announce(CASEWORKER, meetingId(), 2));
        assertEquals("alreadyAnnounced", twice.rule());
        assertEquals("meeting", twice.field());

        // Same date, another hour: the date the citizen knows stands.
        meeting = wheel.update(CASEWORKER, meeting.id(), meeting.version(), plan(LocalDateTime.of(2027, 4, 4, 13, 0)));
        assertNotNull(meeting.announced());
        assertEquals(1, meeting.sequence());
        // Nothing of the event changed: the same sequence.
        meeting = wheel.update(CASEWORKER, meeting.id(), meeting.version(), plan(LocalDateTime.of(2027, 4, 4, 13, 0)));
        assertEquals(1, meeting.sequence());
        // Another date: announced again is needed.
        meeting = wheel.update(CASEWORKER, meeting.id(), meeting.version(), plan(LocalDateTime.of(2027, 4, 5, 13, 0)));
        assertNull(meeting.announced());
        assertEquals(2, meeting.sequence());
        meeting = wheel.announce(CONTACT, meeting.id(), meeting.version());
        assertEquals(CONTACT.id(), meeting.announced().by());

        ScheduledMeeting cancelled = wheel.cancel(CASEWORKER, meeting.id(), meeting.version());
        assertEquals(3, cancelled.sequence());
        assertEquals(new Stamp(CASEWORKER.id(), NOW), cancelled.cancelled());
        assertEquals("meetingCancelled", assertThrows(StateConflictException.class,
                () -> wheel.update(CASEWORKER, cancelled.id(), cancelled.version(),
                        plan(LocalDateTime.of(2027, 4, 6, 9, 0)))).rule());
        assertThrows(StateConflictException.class,
                () -> wheel.cancel(CASEWORKER, cancelled.id(), cancelled.version()));
    }

    private String meetingId() {
        return store.meetings.keySet().iterator().next();
    }

    @Test
    void aChangeOnAnOldVersionIsRefusedAndTheKindStays() {
        ScheduledMeeting meeting = wheel.schedule(CASEWORKER, citizen.id(), plan(LocalDateTime.of(2027, 4, 4, 9, 0)));
        wheel.update(CASEWORKER, meeting.id(), 1, plan(LocalDateTime.of(2027, 4, 4, 10, 0)));
        VersionConflictException stale = assertThrows(VersionConflictException.class,
                () -> wheel.update(CONTACT, meeting.id(), 1, plan(LocalDateTime.of(2027, 4, 4, 11, 0))));
        assertEquals(2, stale.current());
        assertThrows(VersionConflictException.class, () -> wheel.announce(CONTACT, meeting.id(), 1));
        assertEquals(LocalDateTime.of(2027, 4, 4, 10, 0), wheel.find(meeting.id()).orElseThrow().start());
        ScheduledMeetingDraft other = new ScheduledMeetingDraft(null, ScheduledMeetingKind.PREPARATION_MEETING,
                LocalDateTime.of(2027, 4, 4, 10, 0), 60, null, null);
        assertEquals(List.of("kind:kindChanged"), rules(assertThrows(ValidationException.class,
                () -> wheel.update(CASEWORKER, meeting.id(), 2, other))));
        assertThrows(NotFoundException.class, () -> wheel.cancel(CASEWORKER, "no-such-meeting", 1));
    }

    @Test
    void meetingsBetweenTakeBothDanishDatesWholeAndOnlyTheCitizensAsked() {
        ScheduledMeeting early = wheel.schedule(CASEWORKER, citizen.id(), plan(LocalDateTime.of(2027, 4, 4, 0, 30)));
        ScheduledMeeting late = wheel.schedule(CASEWORKER, citizen.id(), plan(LocalDateTime.of(2027, 4, 30, 23, 45)));
        wheel.schedule(CASEWORKER, citizen.id(), plan(LocalDateTime.of(2027, 5, 1, 0, 0)));
        Citizen other = citizen(Set.of());
        wheel.schedule(CASEWORKER, other.id(), plan(LocalDateTime.of(2027, 4, 10, 9, 0)));
        assertEquals(List.of(early, late), wheel.meetingsBetween(LocalDate.of(2027, 4, 4), LocalDate.of(2027, 4, 30),
                List.of(citizen.id())));
        assertEquals(4, wheel.meetingsBetween(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 1),
                List.of(citizen.id(), other.id())).size());
        assertThrows(ValidationException.class,
                () -> wheel.meetingsBetween(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1), List.of()));
    }

    @Test
    void aGroupMeetingTakesCitizensOfItsAreaUpToItsCapacity() {
        GroupPreparationMeeting meeting = wheel.createGroupMeeting(CONTACT,
                group(LocalDateTime.of(2027, 3, 1, 10, 0), 2));
        assertEquals(1, meeting.version());
        Citizen second = citizen(Set.of(TargetGroup.AUTISM, TargetGroup.INTELLECTUAL_DISABILITY));
        Citizen third = citizen(Set.of(TargetGroup.AUTISM));
        Citizen outside = citizen(Set.of(TargetGroup.ACQUIRED_BRAIN_INJURY));
        meeting = wheel.signUp(CONTACT, meeting.id(), citizen.id());
        assertEquals(List.of("area:notInArea"), rules(assertThrows(ValidationException.class,
                () -> wheel.signUp(CONTACT, store.groups.keySet().iterator().next(), outside.id()))));
        String id = meeting.id();
        assertEquals(List.of("citizenId:alreadySignedUp"),
                rules(assertThrows(ValidationException.class, () -> wheel.signUp(CONTACT, id, citizen.id()))));
        meeting = wheel.signUp(CONTACT, id, second.id());
        assertEquals(List.of(citizen.id(), second.id()), meeting.citizenIds());
        assertEquals(new Stamp(CONTACT.id(), NOW), meeting.signUps().get(1).signedUp());
        assertEquals(List.of("capacity:groupFull"),
                rules(assertThrows(ValidationException.class, () -> wheel.signUp(CONTACT, id, third.id()))));
        assertEquals(List.of(meeting), wheel.groupMeetingsOf(second.id()));

        meeting = wheel.withdraw(CONTACT, id, citizen.id());
        assertEquals(List.of(second.id()), meeting.citizenIds());
        assertEquals(0, meeting.sequence(), "sign-ups do not move the event");
        meeting = wheel.signUp(CONTACT, id, third.id());
        long version = meeting.version();
        assertEquals(List.of("capacity:belowSignedUp"), rules(assertThrows(ValidationException.class,
                () -> wheel.updateGroupMeeting(CONTACT, id, version, group(LocalDateTime.of(2027, 3, 1, 10, 0), 1)))));
        assertEquals(List.of("area:areaHasSignUps"), rules(assertThrows(ValidationException.class,
                () -> wheel.updateGroupMeeting(CONTACT, id, version, new GroupPreparationMeetingDraft(
                        TargetGroup.INTELLECTUAL_DISABILITY, LocalDateTime.of(2027, 3, 1, 10, 0), 120, null, 2)))));
        meeting = wheel.updateGroupMeeting(CONTACT, id, version, group(LocalDateTime.of(2027, 3, 2, 10, 0), 5));
        assertEquals(1, meeting.sequence());
        assertEquals(3, meeting.freePlaces());
        meeting = wheel.cancelGroupMeeting(CONTACT, id, meeting.version());
        assertEquals(2, meeting.sequence());
        assertEquals(List.of("cancelled:meetingCancelled"),
                rules(assertThrows(ValidationException.class, () -> wheel.signUp(CONTACT, id, citizen.id()))));
        assertEquals(List.of(second.id(), third.id()), meeting.citizenIds(), "a cancelled meeting keeps its sign-ups");
    }

    @Test
    void aSignUpAfterAnotherOneCameFirstIsCheckedAgainOnTheNewestVersion() {
        GroupPreparationMeeting meeting = wheel.createGroupMeeting(CONTACT,
                group(LocalDateTime.of(2027, 3, 1, 10, 0), 1));
        Citizen other = citizen(Set.of(TargetGroup.AUTISM));
        // Another user signs up the last place between our read and our write.
        store.beforeNextGroupUpdate = () -> wheel.signUp(CASEWORKER, meeting.id(), other.id());
        assertEquals(List.of("capacity:groupFull"), rules(assertThrows(ValidationException.class,
                () -> wheel.signUp(CONTACT, meeting.id(), citizen.id()))));
        assertEquals(List.of(other.id()), wheel.findGroupMeeting(meeting.id()).orElseThrow().citizenIds());

        GroupPreparationMeeting roomy = wheel.createGroupMeeting(CONTACT,
                group(LocalDateTime.of(2027, 3, 8, 10, 0), 5));
        store.beforeNextGroupUpdate = () -> wheel.signUp(CASEWORKER, roomy.id(), other.id());
        assertEquals(List.of(other.id(), citizen.id()),
                wheel.signUp(CONTACT, roomy.id(), citizen.id()).citizenIds(), "no sign-up is lost");
    }

    @Test
    void groupMeetingsAreListedByAreaAndDanishYear() {
        GroupPreparationMeeting newYear = wheel.createGroupMeeting(CONTACT,
                group(LocalDateTime.of(2028, 1, 1, 0, 30), 8));
        wheel.createGroupMeeting(CONTACT, group(LocalDateTime.of(2027, 12, 31, 23, 30), 8));
        wheel.createGroupMeeting(CONTACT, new GroupPreparationMeetingDraft(TargetGroup.ACQUIRED_BRAIN_INJURY,
                LocalDateTime.of(2028, 3, 1, 10, 0), 120, null, 8));
        assertEquals(List.of(newYear), wheel.groupMeetings(TargetGroup.AUTISM, 2028));
        assertEquals(1, wheel.groupMeetings(TargetGroup.AUTISM, 2027).size());
    }

    @Test
    void theOverviewPointsOutWhatIsMissingForTheCitizensAskedAndTheirAreas() {
        Citizen other = citizen(Set.of(TargetGroup.ACQUIRED_BRAIN_INJURY));
        for (int month = 2; month <= 11; month += 3) {
            wheel.createGroupMeeting(CONTACT, group(LocalDateTime.of(2027, month, 1, 10, 0), 8));
        }
        List<YearWheelItem> items = wheel.overview(List.of(citizen.id(), "no-such-citizen"), TODAY);
        assertEquals(List.of(YearWheelItemKind.PLAN_MEETING_NOT_SCHEDULED),
                items.stream().map(YearWheelItem::kind).toList(), "four autism meetings in 2027: none missing");
        assertEquals(cycle.id(), items.get(0).cycleId());

        ScheduledMeeting meeting = wheel.schedule(CASEWORKER, citizen.id(), plan(LocalDateTime.of(2027, 4, 4, 9, 0)));
        assertEquals(List.of(YearWheelItemKind.NOT_ANNOUNCED, YearWheelItemKind.PREPARATION_MISSING),
                wheel.overview(List.of(citizen.id()), TODAY).stream().map(YearWheelItem::kind).toList());
        wheel.announce(CASEWORKER, meeting.id(), meeting.version());
        wheel.signUp(CONTACT, wheel.groupMeetings(TargetGroup.AUTISM, 2027).get(0).id(), citizen.id());
        assertEquals(List.of(), wheel.overview(List.of(citizen.id()), TODAY));

        List<YearWheelItem> both = wheel.overview(List.of(citizen.id(), other.id()), TODAY);
        assertTrue(both.stream().anyMatch(i -> i.kind() == YearWheelItemKind.FEW_GROUP_MEETINGS
                && i.area() == TargetGroup.ACQUIRED_BRAIN_INJURY && i.year() == 2027 && i.count() == 0));
    }

    @Test
    void theOctoberPlanningReadsTheCitizensAskedOnly() {
        wheel.schedule(CASEWORKER, citizen.id(), plan(LocalDateTime.of(2028, 3, 2, 9, 0)));
        Citizen other = citizen(Set.of());
        OctoberPlanning planning = wheel.octoberPlanning(2028, List.of(citizen.id(), other.id(), "no-such-citizen"));
        assertEquals(List.of(other.id()), planning.unscheduledCitizenIds());
        assertEquals(1, planning.offers().size());
        assertEquals(1, planning.offers().get(0).months().get(2).count());
    }
}
