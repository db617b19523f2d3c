package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.GroupSignUp;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingKind;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.VersionConflictException;

/** The year wheel's meetings against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaYearWheelStoreTest {

    private static final Stamp STAMP = new Stamp("sagsbehandler-1", Instant.parse("2026-11-22T10:00:00Z"));
    private static final String CITIZEN = UUID.randomUUID().toString();

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaYearWheelStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaYearWheelStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private static ScheduledMeeting meeting(String citizenId, LocalDateTime start) {
        return new ScheduledMeeting(UUID.randomUUID().toString(), citizenId, null, ScheduledMeetingKind.PLAN_MEETING,
                start, 90, "Rådhuset, lokale 2",
                List.of(new Participant("Testborger Ærø", ParticipantRole.CITIZEN),
                        new Participant("Karin", ParticipantRole.CONTACT_PERSON)),
                null, null, 0, 0, STAMP, STAMP);
    }

    private static ScheduledMeeting changed(ScheduledMeeting m, LocalDateTime start, Stamp announced, Stamp cancelled,
            int sequence, List<Participant> participants) {
        return new ScheduledMeeting(m.id(), m.citizenId(), "cycle-1", m.kind(), start, m.durationMinutes(), m.place(),
                participants, announced, cancelled, sequence, m.version(), m.created(), STAMP);
    }

    private static GroupPreparationMeeting group(TargetGroup area, LocalDateTime start, String... citizens) {
        return new GroupPreparationMeeting(UUID.randomUUID().toString(), area, start, 120, null, 8,
                java.util.Arrays.stream(citizens).map(c -> new GroupSignUp(c, STAMP)).toList(), null, 0, 0, STAMP,
                STAMP);
    }

    private static GroupPreparationMeeting withSignUps(GroupPreparationMeeting g, List<GroupSignUp> signUps) {
        return new GroupPreparationMeeting(g.id(), g.area(), g.start(), g.durationMinutes(), g.place(), g.capacity(),
                signUps, g.cancelled(), g.sequence(), g.version(), g.created(), g.updated());
    }

    @Test
    void aScheduledMeetingIsStoredAndReadBackWithItsDanishWallClockTime() {
        // 00:30 on the day summer time begins: stored as the wall-clock time, not moved by any zone.
        ScheduledMeeting meeting = meeting(CITIZEN, LocalDateTime.of(2027, 3, 28, 0, 30));
        ScheduledMeeting stored = store.insertMeeting(meeting);
        assertEquals(meeting.withVersion(1), stored);
        assertEquals(stored, store.meeting(meeting.id()).orElseThrow());
        assertEquals(CITIZEN, store.citizenOfMeeting(meeting.id()).orElseThrow());
        assertTrue(store.meeting("no-such-meeting").isEmpty());

        Stamp announced = new Stamp("kontaktperson-1", STAMP.at().plusSeconds(60));
        ScheduledMeeting cancelled = store.updateMeeting(changed(stored, LocalDateTime.of(2028, 2, 29, 13, 15),
                announced, STAMP, 3, List.of(new Participant("Karin", ParticipantRole.CONTACT_PERSON))), 1);
        assertEquals(2, cancelled.version());
        ScheduledMeeting read = store.meeting(meeting.id()).orElseThrow();
        assertEquals(cancelled, read);
        assertEquals(LocalDateTime.of(2028, 2, 29, 13, 15), read.start());
        assertEquals(announced, read.announced());
        assertEquals(STAMP, read.cancelled());
        assertEquals(3, read.sequence());
        assertEquals("cycle-1", read.cycleId());
    }

    @Test
    void meetingsAreListedByCitizenAndByPeriodInOrderOfStart() {
        ScheduledMeeting late = store.insertMeeting(meeting(CITIZEN, LocalDateTime.of(2027, 5, 1, 0, 0)));
        ScheduledMeeting early = store.insertMeeting(meeting(CITIZEN, LocalDateTime.of(2027, 4, 4, 0, 30)));
        ScheduledMeeting other = store.insertMeeting(meeting(UUID.randomUUID().toString(),
                LocalDateTime.of(2027, 4, 30, 23, 59)));
        assertEquals(List.of(early, late), store.meetingsOf(CITIZEN));
        assertEquals(List.of(early, other), store.meetingsBetween(LocalDateTime.of(2027, 4, 4, 0, 0),
                LocalDateTime.of(2027, 5, 1, 0, 0)));
    }

    @Test
    void aChangeOnAStaleVersionChangesNothing() {
        ScheduledMeeting stored = store.insertMeeting(meeting(CITIZEN, LocalDateTime.of(2027, 4, 4, 9, 0)));
        // Only a participant's row differs: the version must rise all the same.
        ScheduledMeeting one = store.updateMeeting(changed(stored, stored.start(), null, null, 1,
                List.of(new Participant("Karin", ParticipantRole.CONTACT_PERSON))), 1);
        assertEquals(2, one.version());
        VersionConflictException stale = assertThrows(VersionConflictException.class, () -> store.updateMeeting(
                changed(stored, LocalDateTime.of(2027, 4, 5, 9, 0), null, null, 1, List.of()), 1));
        assertEquals(2, stale.current());
        assertEquals(one, store.meeting(stored.id()).orElseThrow());
        assertThrows(NotFoundException.class,
                () -> store.updateMeeting(meeting(CITIZEN, LocalDateTime.of(2027, 4, 4, 9, 0)), 1));
    }

    @Test
    void twoWritersOnTheSameMeetingVersionNeverBothWin() throws Exception {
        ScheduledMeeting meeting = store.insertMeeting(meeting(CITIZEN, LocalDateTime.of(2027, 4, 4, 9, 0)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                ScheduledMeeting read = store.meeting(meeting.id()).orElseThrow();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> outcomes = new ArrayList<>();
                for (int hour : List.of(10, 14)) {
                    Callable<Integer> write = () -> {
                        together.await();
                        try {
                            store.updateMeeting(changed(read, read.start().withHour(hour), null, null,
                                    read.sequence() + 1, read.participants()), read.version());
                            return hour;
                        } catch (VersionConflictException e) {
                            return null;
                        }
                    };
                    outcomes.add(pool.submit(write));
                }
                List<Integer> winners = new ArrayList<>();
                for (Future<Integer> outcome : outcomes) {
                    if (outcome.get() != null) {
                        winners.add(outcome.get());
                    }
                }
                assertEquals(1, winners.size(), "exactly one of two writers on version " + read.version() + " wins");
                ScheduledMeeting now = store.meeting(meeting.id()).orElseThrow();
                assertEquals(read.version() + 1, now.version());
                assertEquals(winners.get(0), now.start().getHour());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGroupMeetingKeepsItsSignUpsInOrderAlsoAfterOneInTheMiddleIsWithdrawn() {
        GroupPreparationMeeting stored = store.insertGroupMeeting(
                group(TargetGroup.AUTISM, LocalDateTime.of(2027, 3, 1, 10, 0), "a", "b", "c"));
        assertEquals(1, stored.version());
        assertEquals(stored, store.groupMeeting(stored.id()).orElseThrow());
        GroupPreparationMeeting withdrawn = store.updateGroupMeeting(withSignUps(stored,
                List.of(stored.signUps().get(0), stored.signUps().get(2), new GroupSignUp("d", STAMP))), 1);
        assertEquals(List.of("a", "c", "d"), store.groupMeeting(stored.id()).orElseThrow().citizenIds());
        assertEquals(withdrawn, store.groupMeeting(stored.id()).orElseThrow());
        assertEquals(List.of(withdrawn), store.groupMeetingsOf("c"));
        assertEquals(List.of(), store.groupMeetingsOf("b"));
        assertThrows(VersionConflictException.class, () -> store.updateGroupMeeting(withSignUps(stored, List.of()), 1));
    }

    @Test
    void groupMeetingsAreListedByAreaAndPeriod() {
        GroupPreparationMeeting autism = store.insertGroupMeeting(
                group(TargetGroup.AUTISM, LocalDateTime.of(2027, 3, 1, 10, 0)));
        GroupPreparationMeeting brain = store.insertGroupMeeting(
                group(TargetGroup.ACQUIRED_BRAIN_INJURY, LocalDateTime.of(2027, 2, 1, 10, 0)));
        store.insertGroupMeeting(group(TargetGroup.AUTISM, LocalDateTime.of(2028, 1, 1, 0, 0)));
        LocalDateTime from = LocalDateTime.of(2027, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(2028, 1, 1, 0, 0);
        assertEquals(List.of(autism), store.groupMeetingsBetween(TargetGroup.AUTISM, from, to));
        assertEquals(List.of(brain, autism), store.groupMeetingsBetween(null, from, to));
    }

    @Test
    void meetingsAreStillThereAfterTheDatabaseIsClosedAndOpenedAgain() throws Exception {
        ScheduledMeeting meeting = store.insertMeeting(meeting(CITIZEN, LocalDateTime.of(2027, 10, 31, 2, 30)));
        GroupPreparationMeeting group = store.insertGroupMeeting(
                group(TargetGroup.INTELLECTUAL_DISABILITY, LocalDateTime.of(2027, 3, 1, 10, 0), "a"));
        database.close();
        open();
        assertEquals(meeting, store.meeting(meeting.id()).orElseThrow());
        assertEquals(group, store.groupMeeting(group.id()).orElseThrow());
    }
}
