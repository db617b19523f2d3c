package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PreparationKind;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.PreparationSheet;
import dk.borgerplan.plan.SheetEntry;
import dk.borgerplan.plan.SheetField;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.VersionConflictException;

/** Preparation meetings, their sheets and pictures against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaPreparationStoreTest {

    private static final Stamp STAMP = new Stamp("kontaktperson-1", Instant.parse("2026-11-22T10:00:00Z"));
    private static final Actor CONTACT = new Actor("kontaktperson-1", "Karin Kontaktperson");
    private static final String CITIZEN = UUID.randomUUID().toString();
    private static final String CYCLE = UUID.randomUUID().toString();

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaPreparationStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaPreparationStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private static PreparationMeeting meeting(String cycleId, LocalDate date, List<SheetEntry> entries) {
        return new PreparationMeeting(UUID.randomUUID().toString(), CITIZEN, cycleId, PreparationKind.GROUP, date,
                List.of(new Participant("Testborger Ærø", ParticipantRole.CITIZEN),
                        new Participant("Karin", ParticipantRole.CONTACT_PERSON),
                        new Participant("Bo", ParticipantRole.PEER_GUIDE)),
                new PreparationSheet(entries), 0, STAMP, STAMP);
    }

    private static SheetEntry entry(SheetField field, String text, List<String> icons, String pictureId,
            String onBehalfOf, Stamp stamp) {
        return new SheetEntry(UUID.randomUUID().toString(), field, text, icons, pictureId, CONTACT, onBehalfOf, STAMP,
                stamp);
    }

    private static PreparationMeeting withEntries(PreparationMeeting meeting, List<SheetEntry> entries, Stamp at) {
        return new PreparationMeeting(meeting.id(), meeting.citizenId(), meeting.cycleId(), meeting.kind(),
                meeting.date(), meeting.participants(), new PreparationSheet(entries), meeting.version(),
                meeting.created(), at);
    }

    private static Picture picture(byte[] content) {
        return new Picture(UUID.randomUUID().toString(), "image/png", content.length, "ab".repeat(32), STAMP);
    }

    @Test
    void aMeetingWithItsParticipantsAndAWholeSheetIsStoredAndReadBack() {
        Picture drawing = store.insertPicture(picture(new byte[] { 1, 2, 3 }), new byte[] { 1, 2, 3 });
        Stamp later = new Stamp("sagsbehandler-1", STAMP.at().plus(1, ChronoUnit.HOURS));
        PreparationMeeting meeting = meeting(CYCLE, LocalDate.of(2026, 11, 19), List.of(
                entry(SheetField.WISH_TO_MANAGE, "Lave mad selv", List.of(), null, null, STAMP),
                entry(SheetField.CAN_DO, null, List.of("theme.egenomsorg", "interest.music"), null, null, STAMP),
                entry(SheetField.DREAMS, "Min egen lejlighed", List.of(), drawing.id(), null, later),
                entry(SheetField.INTERESTS, "Fodbold – især AGF", List.of("interest.sport"), null, "Testborger Ærø",
                        STAMP)));
        PreparationMeeting stored = store.insertMeeting(meeting);
        assertEquals(meeting.withVersion(1), stored);
        assertEquals(stored, store.meeting(meeting.id()).orElseThrow());
        assertEquals("Karin Kontaktperson",
                store.meeting(meeting.id()).orElseThrow().sheet().entries().get(3).writtenBy().name());
        assertTrue(store.meeting("no-such-meeting").isEmpty());
    }

    @Test
    void aCyclesMeetingsAreListedByDate() {
        PreparationMeeting late = store.insertMeeting(meeting(CYCLE, LocalDate.of(2026, 11, 20), List.of()));
        PreparationMeeting early = store.insertMeeting(meeting(CYCLE, LocalDate.of(2026, 9, 1), List.of()));
        store.insertMeeting(meeting(UUID.randomUUID().toString(), LocalDate.of(2026, 10, 1), List.of()));
        assertEquals(List.of(early, late), store.meetingsOf(CYCLE));
        assertEquals(List.of(), store.meetingsOf(UUID.randomUUID().toString()));
    }

    @Test
    void everyChangeOfTheSheetRaisesTheVersionAndAStaleOneChangesNothing() {
        PreparationMeeting stored = store.insertMeeting(meeting(CYCLE, LocalDate.of(2026, 11, 19), List.of()));
        SheetEntry first = entry(SheetField.CAN_DO, "Cykle", List.of(), null, null, STAMP);
        // The same update stamp: only the sheet's rows differ, and the version must rise all the same.
        PreparationMeeting one = store.updateMeeting(withEntries(stored, List.of(first), STAMP), 1);
        assertEquals(2, one.version());
        PreparationMeeting two = store.updateMeeting(withEntries(one, List.of(), STAMP), 2);
        assertEquals(3, two.version());
        assertEquals(List.of(), store.meeting(stored.id()).orElseThrow().sheet().entries());

        VersionConflictException stale = assertThrows(VersionConflictException.class,
                () -> store.updateMeeting(withEntries(stored, List.of(first), STAMP), 2));
        assertEquals(3, stale.current());
        assertEquals(two, store.meeting(stored.id()).orElseThrow());
        assertThrows(NotFoundException.class,
                () -> store.updateMeeting(meeting(CYCLE, LocalDate.of(2026, 1, 1), List.of()), 1));
    }

    @Test
    void aChangeThatChangesNothingStillTakesTheNextVersionSoThatItIsGuardedAsWell() {
        PreparationMeeting stored = store.insertMeeting(meeting(CYCLE, LocalDate.of(2026, 11, 19), List.of()));
        assertEquals(2, store.updateMeeting(stored, 1).version());
        assertThrows(VersionConflictException.class, () -> store.updateMeeting(stored, 1));
        assertEquals(2, store.meeting(stored.id()).orElseThrow().version());
    }

    @Test
    void twoWritersOnTheSameMeetingVersionNeverLoseAnEntry() throws Exception {
        PreparationMeeting meeting = store.insertMeeting(meeting(CYCLE, LocalDate.of(2026, 11, 19), List.of()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                PreparationMeeting read = store.meeting(meeting.id()).orElseThrow();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (String writer : List.of("A" + round, "B" + round)) {
                    List<SheetEntry> entries = new ArrayList<>(read.sheet().entries());
                    entries.add(entry(SheetField.DREAMS, writer, List.of(), null, null, STAMP));
                    Callable<String> write = () -> {
                        together.await();
                        try {
                            store.updateMeeting(withEntries(read, entries, STAMP), read.version());
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
                assertEquals(1, winners.size(), "exactly one of two writers on version " + read.version() + " wins");
                PreparationMeeting now = store.meeting(meeting.id()).orElseThrow();
                assertEquals(read.version() + 1, now.version());
                assertEquals(round + 1, now.sheet().entries().size());
                assertEquals(winners.get(0), now.sheet().entries().get(round).text());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPictureComesBackByteForByteAndItsMetadataAlone() {
        byte[] photo = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(photo);
        Picture picture = new Picture(UUID.randomUUID().toString(), "image/jpeg", photo.length, "cd".repeat(32),
                STAMP);
        assertEquals(picture, store.insertPicture(picture, photo));
        assertEquals(picture, store.picture(picture.id()).orElseThrow());
        assertArrayEquals(photo, store.pictureContent(picture.id()).orElseThrow());
        assertTrue(store.picture("no-such-picture").isEmpty());
        assertTrue(store.pictureContent("no-such-picture").isEmpty());
    }

    @Test
    void meetingsAndPicturesAreStillThereAfterTheDatabaseIsClosedAndOpenedAgain() throws Exception {
        byte[] content = { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 };
        Picture picture = store.insertPicture(picture(content), content);
        PreparationMeeting meeting = store.insertMeeting(meeting(CYCLE, LocalDate.of(2026, 11, 19),
                List.of(entry(SheetField.DREAMS, "Tegning", List.of(), picture.id(), "Testborger", STAMP))));
        database.close();
        open();
        assertEquals(meeting, store.meeting(meeting.id()).orElseThrow());
        assertEquals(picture, store.picture(picture.id()).orElseThrow());
        assertArrayEquals(content, store.pictureContent(picture.id()).orElseThrow());
    }
}
