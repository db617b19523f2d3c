package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PictureContent;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PreparationKind;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.PreparationMeetingDraft;
import dk.borgerplan.plan.SheetEntry;
import dk.borgerplan.plan.SheetEntryDraft;
import dk.borgerplan.plan.SheetField;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;

/** The preparation meeting and its sheet "Her er mit liv": who took part, what was written, by whom, for whom. */
class PreparationModelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Actor CONTACT = new Actor("kontaktperson-1", "Karin Kontaktperson");
    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private final InMemoryPlanStore plans = new InMemoryPlanStore();
    private final InMemoryPreparationStore store = new InMemoryPreparationStore();
    private final PreparationModel preparation = new PreparationModel(plans, store, 100,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Citizen citizen = new CitizenRegistry(plans).create(CASEWORKER, new NewCitizen("Testborger"));
    private final PlanCycle cycle = new CycleModel(plans, new InMemoryStaircaseStore()).open(CASEWORKER, citizen.id());

    private static final List<Participant> GROUP = List.of(new Participant(" Testborger ", ParticipantRole.CITIZEN),
            new Participant("Karin", ParticipantRole.CONTACT_PERSON),
            new Participant("Bo Borgerguide", ParticipantRole.PEER_GUIDE));

    private PreparationMeeting meeting() {
        return preparation.register(CONTACT, cycle.id(),
                new PreparationMeetingDraft(PreparationKind.GROUP, TODAY.minusDays(3), GROUP));
    }

    private static SheetEntryDraft words(SheetField field, String text) {
        return new SheetEntryDraft(field, text, null, null, null);
    }

    private static SheetEntry last(PreparationMeeting meeting) {
        return meeting.sheet().entries().get(meeting.sheet().entries().size() - 1);
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aGroupMeetingIsRegisteredForTheCycleWithWhoTookPart() {
        PreparationMeeting meeting = meeting();
        assertEquals(1, meeting.version());
        assertEquals(citizen.id(), meeting.citizenId());
        assertEquals(cycle.id(), meeting.cycleId());
        assertEquals(PreparationKind.GROUP, meeting.kind());
        assertEquals(TODAY.minusDays(3), meeting.date());
        assertEquals(List.of(ParticipantRole.CITIZEN, ParticipantRole.CONTACT_PERSON, ParticipantRole.PEER_GUIDE),
                meeting.participants().stream().map(Participant::role).toList());
        assertEquals("Testborger", meeting.participants().get(0).name());
        assertTrue(meeting.sheet().entries().isEmpty());
        assertEquals(new Stamp("kontaktperson-1", NOW), meeting.created());
        assertEquals(meeting, preparation.find(meeting.id()).orElseThrow());
        assertEquals("Gruppeforberedelsesmøde", meeting.kind().label().in(Locale.ROOT));
        assertEquals("Borgerguide", ParticipantRole.PEER_GUIDE.label().in(Locale.ROOT));
    }

    @Test
    void aCitizenMayAttendSeveralMeetingsInACycleListedByDate() {
        PreparationMeeting group = meeting();
        PreparationMeeting individual = preparation.register(CONTACT, cycle.id(), new PreparationMeetingDraft(
                PreparationKind.INDIVIDUAL, TODAY.minusDays(10), List.of()));
        assertEquals(List.of(individual.id(), group.id()),
                preparation.meetingsOf(cycle.id()).stream().map(PreparationMeeting::id).toList());
        assertThrows(NotFoundException.class, () -> preparation.meetingsOf("no-such-cycle"));
        assertThrows(NotFoundException.class, () -> preparation.register(CONTACT, "no-such-cycle",
                new PreparationMeetingDraft(PreparationKind.GROUP, TODAY, List.of())));
    }

    @Test
    void theSheetHasEntriesInItsFourFieldsWithWhoWroteThemAndForWhom() {
        Picture drawing = preparation.storePicture(CONTACT, "image/png", PNG);
        PreparationMeeting meeting = meeting();
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(),
                words(SheetField.WISH_TO_MANAGE, "  Lave mad selv  "));
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(), new SheetEntryDraft(
                SheetField.CAN_DO, null, List.of("theme.egenomsorg", "interest.music"), null, null));
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(),
                new SheetEntryDraft(SheetField.DREAMS, "Min egen lejlighed", null, drawing.id(), null));
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(),
                new SheetEntryDraft(SheetField.INTERESTS, "Fodbold", null, null, " Testborger "));
        assertEquals(5, meeting.version());

        assertEquals("Lave mad selv", meeting.sheet().entries(SheetField.WISH_TO_MANAGE).get(0).text());
        SheetEntry icons = meeting.sheet().entries(SheetField.CAN_DO).get(0);
        assertNull(icons.text());
        assertEquals(List.of("theme.egenomsorg", "interest.music"), icons.icons());
        assertEquals(drawing.id(), meeting.sheet().entries(SheetField.DREAMS).get(0).pictureId());
        SheetEntry forCitizen = meeting.sheet().entries(SheetField.INTERESTS).get(0);
        assertEquals(CONTACT, forCitizen.writtenBy());
        assertEquals("Testborger", forCitizen.onBehalfOf());
        assertEquals(new Stamp("kontaktperson-1", NOW), forCitizen.created());
        assertNull(meeting.sheet().entries(SheetField.WISH_TO_MANAGE).get(0).onBehalfOf());
        assertEquals(meeting, store.meeting(meeting.id()).orElseThrow());
        assertEquals("Jeg vil gerne selv kunne", SheetField.WISH_TO_MANAGE.label().in(Locale.ROOT));
        assertEquals("Mine interesser", SheetField.INTERESTS.label().in(Locale.ROOT));
    }

    @Test
    void anEntryIsChangedByAnotherWriterAndRemoved() {
        PreparationMeeting meeting = meeting();
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(), words(SheetField.CAN_DO, "Cykle"));
        SheetEntry written = last(meeting);
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(), words(SheetField.DREAMS, "Rejse"));

        meeting = preparation.changeEntry(CASEWORKER, meeting.id(), meeting.version(), written.id(),
                new SheetEntryDraft(SheetField.DREAMS, "Cykle til Aarhus", null, null, "Testborger"));
        SheetEntry changed = meeting.sheet().entry(written.id()).orElseThrow();
        assertEquals(SheetField.DREAMS, changed.field());
        assertEquals(CASEWORKER, changed.writtenBy());
        assertEquals(written.created(), changed.created());
        assertEquals("sagsbehandler-1", changed.updated().by());
        assertEquals(List.of("Cykle til Aarhus", "Rejse"),
                meeting.sheet().entries().stream().map(SheetEntry::text).toList());
        assertEquals(4, meeting.version());

        meeting = preparation.removeEntry(CONTACT, meeting.id(), meeting.version(), written.id());
        assertEquals(List.of("Rejse"), meeting.sheet().entries().stream().map(SheetEntry::text).toList());
        PreparationMeeting now = meeting;
        assertEquals("sheetEntry", assertThrows(NotFoundException.class,
                () -> preparation.removeEntry(CONTACT, now.id(), now.version(), written.id())).kind());
        assertEquals("sheetEntry", assertThrows(NotFoundException.class, () -> preparation.changeEntry(CONTACT,
                now.id(), now.version(), "no-such-entry", words(SheetField.CAN_DO, "x"))).kind());
        assertEquals("preparationMeeting", assertThrows(NotFoundException.class,
                () -> preparation.addEntry(CONTACT, "no-such-meeting", 1, words(SheetField.CAN_DO, "x"))).kind());
    }

    @Test
    void theMeetingsDetailsAreChangedAndTheSheetStays() {
        PreparationMeeting meeting = meeting();
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(), words(SheetField.CAN_DO, "Cykle"));
        PreparationMeeting changed = preparation.update(CASEWORKER, meeting.id(), meeting.version(),
                new PreparationMeetingDraft(PreparationKind.INDIVIDUAL, TODAY, List.of(GROUP.get(1))));
        assertEquals(PreparationKind.INDIVIDUAL, changed.kind());
        assertEquals(TODAY, changed.date());
        assertEquals(List.of(GROUP.get(1)), changed.participants());
        assertEquals(meeting.sheet(), changed.sheet());
        assertEquals(meeting.created(), changed.created());
        assertEquals("sagsbehandler-1", changed.updated().by());
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndChangesNothing() {
        PreparationMeeting old = meeting();
        PreparationMeeting current = preparation.addEntry(CONTACT, old.id(), old.version(),
                words(SheetField.CAN_DO, "Cykle"));
        String entry = last(current).id();
        assertThrows(VersionConflictException.class,
                () -> preparation.addEntry(CONTACT, old.id(), old.version(), words(SheetField.DREAMS, "Tabt")));
        assertThrows(VersionConflictException.class,
                () -> preparation.changeEntry(CONTACT, old.id(), old.version(), entry, words(SheetField.DREAMS, "x")));
        assertThrows(VersionConflictException.class,
                () -> preparation.removeEntry(CONTACT, old.id(), old.version(), entry));
        VersionConflictException stale = assertThrows(VersionConflictException.class, () -> preparation
                .update(CONTACT, old.id(), old.version(), new PreparationMeetingDraft(PreparationKind.INDIVIDUAL,
                        TODAY, List.of())));
        assertEquals(2, stale.current());
        assertEquals(current, store.meeting(old.id()).orElseThrow());
    }

    @Test
    void everyBrokenRuleOfAMeetingIsReported() {
        ValidationException empty = assertThrows(ValidationException.class,
                () -> preparation.register(CONTACT, cycle.id(), null));
        assertEquals(List.of("kind:required", "date:required"), rules(empty));

        List<Participant> participants = new ArrayList<>(GROUP);
        participants.add(new Participant("  ", ParticipantRole.OTHER));
        participants.add(new Participant("Anden borger", ParticipantRole.CITIZEN));
        participants.add(new Participant("Uden rolle", null));
        participants.add(null);
        participants.add(new Participant("x".repeat(201), ParticipantRole.RELATIVE));
        participants.add(new Participant("Styre\u0007tegn", ParticipantRole.RELATIVE));
        ValidationException broken = assertThrows(ValidationException.class,
                () -> preparation.register(CONTACT, cycle.id(),
                        new PreparationMeetingDraft(null, TODAY.plusYears(2).plusDays(1), participants)));
        assertEquals(List.of("kind:required", "date:dateOutOfRange", "participants[3].name:required",
                "participants[4].role:oneCitizen", "participants[5].role:required", "participants[6]:required",
                "participants[7].name:tooLong", "participants[8].name:controlCharacters"), rules(broken));

        assertEquals(List.of("date:dateOutOfRange"), rules(assertThrows(ValidationException.class,
                () -> preparation.register(CONTACT, cycle.id(), new PreparationMeetingDraft(PreparationKind.GROUP,
                        LocalDate.of(226, 3, 1), List.of())))));
        List<Participant> many = java.util.Collections.nCopies(51, GROUP.get(1));
        assertEquals(List.of("participants:tooMany"), rules(assertThrows(ValidationException.class,
                () -> preparation.register(CONTACT, cycle.id(),
                        new PreparationMeetingDraft(PreparationKind.GROUP, TODAY, many)))));
        // Two years either side of today is still a date.
        preparation.register(CONTACT, cycle.id(),
                new PreparationMeetingDraft(PreparationKind.GROUP, TODAY.minusYears(2), List.of()));
        assertEquals(1, store.meetings.size());
    }

    @Test
    void everyBrokenRuleOfAnEntryIsReported() {
        PreparationMeeting meeting = meeting();
        ValidationException empty = assertThrows(ValidationException.class, () -> preparation.addEntry(CONTACT,
                meeting.id(), meeting.version(), new SheetEntryDraft(null, " ", List.of(), null, null)));
        assertEquals(List.of("field:required", "text:emptySheetEntry"), rules(empty));

        ValidationException broken = assertThrows(ValidationException.class,
                () -> preparation.addEntry(CONTACT, meeting.id(), meeting.version(),
                        new SheetEntryDraft(SheetField.DREAMS, "x".repeat(2001),
                                Arrays.asList("theme.egenomsorg", "Not An Icon", null), "no-such-picture",
                                "y".repeat(201))));
        assertEquals(List.of("text:tooLong", "icons[1]:iconConcept", "icons[2]:iconConcept",
                "pictureId:unknownPicture", "onBehalfOf:tooLong"), rules(broken));
        assertEquals(List.of("icons:tooMany"), rules(assertThrows(ValidationException.class,
                () -> preparation.addEntry(CONTACT, meeting.id(), meeting.version(), new SheetEntryDraft(
                        SheetField.CAN_DO, null, java.util.Collections.nCopies(13, "theme.egenomsorg"), null,
                        null)))));
        assertEquals(List.of("pictureId:unknownPicture"), rules(assertThrows(ValidationException.class,
                () -> preparation.addEntry(CONTACT, meeting.id(), meeting.version(),
                        new SheetEntryDraft(SheetField.CAN_DO, null, null, "", null)))));
        assertEquals(meeting, store.meeting(meeting.id()).orElseThrow());
    }

    @Test
    void aFieldHoldsFiftyEntriesAndAChangeWithinItStillFits() {
        PreparationMeeting meeting = meeting();
        for (int i = 0; i < 50; i++) {
            meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(),
                    words(SheetField.INTERESTS, "Interesse " + i));
        }
        PreparationMeeting full = meeting;
        assertEquals(List.of("field:sheetFieldFull"), rules(assertThrows(ValidationException.class,
                () -> preparation.addEntry(CONTACT, full.id(), full.version(), words(SheetField.INTERESTS, "51")))));
        String first = full.sheet().entries().get(0).id();
        preparation.changeEntry(CONTACT, full.id(), full.version(), first, words(SheetField.INTERESTS, "Ny"));
        preparation.addEntry(CONTACT, full.id(), full.version() + 1, words(SheetField.DREAMS, "Et andet felt"));
    }

    @Test
    void thePreparationCanBeRegisteredUntilThePlanMeetingAndIsKeptAsItWasAfterIt() {
        PlanCycle atMeeting = new CycleModel(plans, new InMemoryStaircaseStore()).advance(CASEWORKER, cycle.id(), cycle.version(),
                CycleStage.PLAN_MEETING);
        PreparationMeeting meeting = meeting();
        meeting = preparation.addEntry(CONTACT, meeting.id(), meeting.version(), words(SheetField.CAN_DO, "Cykle"));

        // The cycle moves on to the follow-up (the plan and its approval are CycleModelTest's business).
        plans.updateCycle(new PlanCycle(atMeeting.id(), atMeeting.citizenId(), atMeeting.number(),
                CycleStage.FOLLOW_UP, atMeeting.history(), atMeeting.version(), atMeeting.created(),
                atMeeting.updated()), atMeeting.version());
        PreparationMeeting kept = meeting;
        StateConflictException over = assertThrows(StateConflictException.class, () -> preparation.register(CONTACT,
                cycle.id(), new PreparationMeetingDraft(PreparationKind.GROUP, TODAY, List.of())));
        assertEquals("preparationOver", over.rule());
        assertEquals("Forberedelsen er afsluttet; cyklussen er ved: Opfølgning med delmål",
                over.message(Locale.ROOT));
        assertEquals("preparationOver", assertThrows(StateConflictException.class, () -> preparation
                .addEntry(CONTACT, kept.id(), kept.version(), words(SheetField.DREAMS, "For sent"))).rule());
        assertEquals("preparationOver", assertThrows(StateConflictException.class, () -> preparation
                .removeEntry(CONTACT, kept.id(), kept.version(), kept.sheet().entries().get(0).id())).rule());
        assertEquals("preparationOver", assertThrows(StateConflictException.class, () -> preparation.update(CONTACT,
                kept.id(), kept.version(), new PreparationMeetingDraft(PreparationKind.GROUP, TODAY, List.of())))
                .rule());
        assertEquals(kept, store.meeting(kept.id()).orElseThrow());
        assertEquals(List.of(kept), preparation.meetingsOf(cycle.id()));
    }

    @Test
    void aPictureIsPngOrJpegByItsContentAndComesBackByteForByte() {
        Picture png = preparation.storePicture(CONTACT, "image/png", PNG);
        assertEquals("image/png", png.mediaType());
        assertEquals(PNG.length, png.size());
        assertEquals(PreparationModel.sha256(PNG), png.sha256());
        assertEquals(64, png.sha256().length());
        assertEquals(new Stamp("kontaktperson-1", NOW), png.created());
        PictureContent read = preparation.picture(png.id()).orElseThrow();
        assertEquals(png, read.picture());
        assertArrayEquals(PNG, read.bytes());

        assertEquals("image/jpeg", preparation.storePicture(CONTACT, "IMAGE/JPEG; q=1", JPEG).mediaType());
        assertTrue(preparation.picture("no-such-picture").isEmpty());
        // "e3b0c442…" is the SHA-256 of nothing; a known value proves the digest is SHA-256 in lower-case hex.
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                PreparationModel.sha256(new byte[0]));
    }

    @Test
    void svgAndEveryOtherKindOfPictureIsRefused() {
        assertEquals(List.of("mediaType:pictureType", "content:pictureContent"), pictureRules("image/svg+xml", SVG));
        assertEquals(List.of("content:pictureContent"), pictureRules("image/png", SVG));
        assertEquals(List.of("mediaType:pictureType", "content:pictureContent"), pictureRules("image/gif", GIF));
        assertEquals(List.of("mediaType:pictureTypeMismatch"), pictureRules("image/png", JPEG));
        assertEquals(List.of("mediaType:pictureType"), pictureRules("application/octet-stream", PNG));
        assertEquals(List.of("mediaType:required", "content:pictureEmpty"), pictureRules(null, new byte[0]));
        assertEquals(List.of("content:pictureEmpty"), pictureRules("image/png", null));
        // Only the signature: eight bytes of PNG and nothing else is not a picture.
        assertEquals(List.of("content:pictureContent"), pictureRules("image/png", Arrays.copyOf(PNG, 8)));
        byte[] large = Arrays.copyOf(PNG, 101);
        assertEquals(List.of("content:pictureTooLarge"), pictureRules("image/png", large));
        preparation.storePicture(CONTACT, "image/png", Arrays.copyOf(PNG, 100));
        assertEquals(1, store.pictures.size());
    }

    private List<String> pictureRules(String mediaType, byte[] content) {
        return rules(assertThrows(ValidationException.class,
                () -> preparation.storePicture(CONTACT, mediaType, content)));
    }

    @Test
    void theLargestPictureIsConfiguredWithinLimits() {
        assertEquals(5 * 1024 * 1024, PreparationModel.DEFAULT_PICTURE_MAX_BYTES);
        assertEquals(100, preparation.pictureMaxBytes());
        assertThrows(IllegalArgumentException.class, () -> new PreparationModel(plans, store, 0, Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class,
                () -> new PreparationModel(plans, store, 50L * 1024 * 1024 + 1, Clock.systemUTC()));
    }

    @Test
    void everyRuleHasItsMessageInDanishAndEnglish() {
        List<Violation> violations = List.of(Violation.of("date", "dateOutOfRange", 2),
                Violation.of("participants[1].role", "oneCitizen"), Violation.of("text", "emptySheetEntry"),
                Violation.of("field", "sheetFieldFull", 50), Violation.of("pictureId", "unknownPicture"),
                Violation.of("content", "pictureEmpty"), Violation.of("content", "pictureTooLarge", 5.0),
                Violation.of("mediaType", "pictureType"), Violation.of("content", "pictureContent"),
                Violation.of("mediaType", "pictureTypeMismatch", "JPEG", "PNG"));
        for (Violation violation : violations) {
            String danish = violation.message(Locale.ROOT);
            String english = violation.message(Locale.ENGLISH);
            assertTrue(!danish.equals(violation.rule()) && !english.equals(violation.rule())
                    && !danish.equals(english), violation.rule() + ": " + danish + " / " + english);
        }
        assertEquals("Et billede må højst fylde 5 MB", Violation.of("content", "pictureTooLarge",
                PreparationRules.megabytes(5L * 1024 * 1024)).message(Locale.ROOT));
        assertEquals("A picture may be at most 2.5 MB", Violation.of("content", "pictureTooLarge",
                PreparationRules.megabytes(2_621_440)).message(Locale.ENGLISH));
        assertEquals("Billedet er JPEG, men er angivet som PNG",
                Violation.of("mediaType", "pictureTypeMismatch", "JPEG", "PNG").message(Locale.ROOT));
        assertEquals("The preparation is over; the cycle is at: Follow-up with sub-goals",
                new StateConflictException("preparationOver", CycleStage.FOLLOW_UP).message(Locale.ENGLISH));
    }
}
