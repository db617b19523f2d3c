package dk.borgerplan.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.calendar.Attendee;
import dk.borgerplan.calendar.AttendeeRole;
import dk.borgerplan.calendar.Invitation;
import dk.borgerplan.calendar.InvitationStatus;
import dk.borgerplan.calendar.Organizer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;

class IcsInvitationsTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Instant NOW = Instant.parse("2027-01-15T09:30:00Z");
    private final IcsInvitations invitations = new IcsInvitations(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Invitation meeting(ZonedDateTime start) {
        return new Invitation("plan-meeting-7f3c@borgerplan.example", 0, InvitationStatus.CONFIRMED,
                "Borgerplansmøde", "Vi taler om målene for det næste år.", start, Duration.ofMinutes(90),
                "Mødelokale 2, Rådhuset", new Organizer("Anne Sagsbehandler", "anne@kommune.example"),
                List.of(new Attendee("Testborger Fiktiv", null, AttendeeRole.REQUIRED),
                        new Attendee("Kim Kontaktperson", "kim@botilbud.example", AttendeeRole.REQUIRED),
                        new Attendee("Anne Sagsbehandler", "anne@kommune.example", AttendeeRole.CHAIR)));
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void newMeetingIsARequestThatParsesBack() throws Exception {
        Calendar calendar = parse(invitations.ics(meeting(ZonedDateTime.of(2027, 5, 3, 13, 0, 0, 0, CPH))));
        assertEquals("REQUEST", value(calendar, "METHOD"));
        assertEquals("-//Borgerplan//DA", value(calendar, "PRODID"));
        assertEquals("2.0", value(calendar, "VERSION"));
        VEvent event = event(calendar);
        assertEquals("plan-meeting-7f3c@borgerplan.example", value(event, "UID"));
        assertEquals("0", value(event, "SEQUENCE"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("20270115T093000Z", value(event, "DTSTAMP"));
        assertEquals("mailto:anne@kommune.example", value(event, "ORGANIZER"));
        assertEquals(3, event.getProperties("ATTENDEE").size());
        String text = new String(invitations.ics(meeting(ZonedDateTime.of(2027, 5, 3, 13, 0, 0, 0, CPH))),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART;TZID=Europe/Copenhagen:20270503T130000\r\n"), text);
        assertTrue(text.contains("DTEND;TZID=Europe/Copenhagen:20270503T143000\r\n"), text);
        assertTrue(text.contains("ROLE=CHAIR"), text);
        assertTrue(text.contains("BEGIN:DAYLIGHT\r\nTZNAME:CEST\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"), text);
        assertTrue(text.contains("BEGIN:STANDARD\r\nTZNAME:CET\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"), text);
        assertTrue(text.contains(":invalid:nomail"), "the citizen without e-mail is listed without an address");
    }

    @Test
    void updateAndCancellationKeepTheUidAndRaiseTheSequence() throws Exception {
        Invitation first = meeting(ZonedDateTime.of(2027, 5, 3, 13, 0, 0, 0, CPH));
        Invitation moved = first.updated(first.summary(), first.description(),
                ZonedDateTime.of(2027, 5, 10, 9, 0, 0, 0, CPH), Duration.ofHours(1), first.location(),
                first.attendees());
        Invitation cancelled = moved.cancelled();

        VEvent a = event(parse(invitations.ics(first)));
        Calendar movedCalendar = parse(invitations.ics(moved));
        Calendar cancelCalendar = parse(invitations.ics(cancelled));
        VEvent b = event(movedCalendar);
        VEvent c = event(cancelCalendar);

        assertEquals(value(a, "UID"), value(b, "UID"));
        assertEquals(value(a, "UID"), value(c, "UID"));
        assertEquals(List.of("0", "1", "2"), List.of(value(a, "SEQUENCE"), value(b, "SEQUENCE"), value(c, "SEQUENCE")));
        assertEquals("REQUEST", value(movedCalendar, "METHOD"));
        assertEquals("CONFIRMED", value(b, "STATUS"));
        assertEquals("CANCEL", value(cancelCalendar, "METHOD"));
        assertEquals("CANCELLED", value(c, "STATUS"));
        assertNotEquals(value(a, "DTSTART"), value(b, "DTSTART"));
        assertFalse(new String(invitations.ics(cancelled), StandardCharsets.UTF_8).contains("RSVP=TRUE"),
                "a cancellation asks for no reply");
    }

    @Test
    void summerTimeChangeDayGivesTheRightInstant() throws Exception {
        // 2027-03-28 is the last Sunday of March: clocks go 02:00 -> 03:00; 10:00 that day is UTC+2.
        assertInstant(ZonedDateTime.of(2027, 3, 28, 10, 0, 0, 0, CPH), Instant.parse("2027-03-28T08:00:00Z"));
        // The day before is still winter time.
        assertInstant(ZonedDateTime.of(2027, 3, 27, 10, 0, 0, 0, CPH), Instant.parse("2027-03-27T09:00:00Z"));
        // Last Sunday of October 2027 (31st): back to UTC+1.
        assertInstant(ZonedDateTime.of(2027, 10, 31, 10, 0, 0, 0, CPH), Instant.parse("2027-10-31T09:00:00Z"));
    }

    @Test
    void leapDayGivesTheRightInstant() throws Exception {
        assertInstant(ZonedDateTime.of(2028, 2, 29, 9, 30, 0, 0, CPH), Instant.parse("2028-02-29T08:30:00Z"));
    }

    @Test
    void aStartGivenInAnotherZoneIsWrittenInCopenhagenTime() throws Exception {
        ZonedDateTime utc = ZonedDateTime.of(2027, 3, 28, 8, 0, 0, 0, ZoneOffset.UTC);
        String text = new String(invitations.ics(meeting(utc)), StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART;TZID=Europe/Copenhagen:20270328T100000\r\n"), text);
        assertInstant(utc, Instant.parse("2027-03-28T08:00:00Z"));
    }

    /** Parses the file back and checks the instant twice: through the TZID and through the file's VTIMEZONE. */
    private void assertInstant(ZonedDateTime start, Instant expected) throws Exception {
        Calendar calendar = parse(invitations.ics(meeting(start)));
        VEvent event = event(calendar);
        DtStart<Temporal> dtStart = event.getDateTimeStart();
        String tzid = dtStart.getParameter("TZID").orElseThrow().getValue();
        assertEquals("Europe/Copenhagen", tzid);
        // ical4j keeps a TZID'd time as local date-time; a calendar with a tz database reads it in that zone.
        assertEquals(expected, ZonedDateTime.of(LocalDateTime.from(dtStart.getDate()), ZoneId.of(tzid)).toInstant(),
                "as a calendar with the tz database reads it");

        // Read the wall-clock time with the file's own VTIMEZONE, as a calendar without tz database would.
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("Europe/Copenhagen", zones.get(0).getTimeZoneId().getValue());
        LocalDateTime local = LocalDateTime.parse(value(event, "DTSTART"),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        // The observance depends on the offset, which depends on the observance: a few rounds settle it.
        ZoneOffset offset = ZoneOffset.UTC;
        for (int round = 0; round < 3; round++) {
            offset = zones.get(0).getApplicableObservance(local.atOffset(offset))
                    .getProperty("TZOFFSETTO").map(p -> ZoneOffset.of(p.getValue())).orElseThrow();
        }
        assertEquals(expected, local.toInstant(offset), "as the VTIMEZONE says");
    }

    @Test
    void danishLettersSurviveAndLinesAreFoldedAt75Octets() throws Exception {
        String longDanish = "Æblegrød og rødgrød med fløde på Ærø — vi øver os i at håndtere økonomi, "
                + "bolig og indkøb; møde på værestedet i Østergade kl. 10, ålborg-æsken følger med. "
                + "Blåbær, søstre, brødre og pårørende er velkomne.";
        Invitation invitation = new Invitation("uid-æøå-1", 0, InvitationStatus.CONFIRMED,
                "Borgerplansmøde på Østervold", longDanish, ZonedDateTime.of(2027, 6, 1, 10, 0, 0, 0, CPH),
                Duration.ofHours(1), "Kærgårdsvej 12, Aarhus", new Organizer("Søren Ærøskøbing", null), List.of());
        byte[] ics = invitations.ics(invitation);

        String raw = new String(ics, StandardCharsets.UTF_8);
        assertTrue(raw.endsWith("\r\n"));
        boolean folded = false;
        for (String line : raw.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "line over 75 octets: " + line);
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "the long description was folded");
        assertFalse(raw.contains("\uFFFD"), "no character was split");
        assertFalse(raw.replaceAll("\r\n", "").contains("\n"), "only CRLF line breaks");

        VEvent event = event(parse(ics));
        assertEquals(longDanish, value(event, "DESCRIPTION"));
        assertEquals("Borgerplansmøde på Østervold", value(event, "SUMMARY"));
        assertEquals("Kærgårdsvej 12, Aarhus", value(event, "LOCATION"));
        assertEquals("uid-æøå-1", value(event, "UID"));
        assertEquals("Søren Ærøskøbing", event.getProperty("ORGANIZER").orElseThrow().getParameter("CN")
                .orElseThrow().getValue());
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        String line = "DESCRIPTION:" + "ø".repeat(100);
        String folded = IcsInvitations.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
    }

    @Test
    void textWithCommasSemicolonsAndNewlinesIsEscapedAndReadBack() throws Exception {
        String description = "Første punkt; andet punkt, tredje\nNy linje med \\ skråstreg";
        Invitation invitation = new Invitation("uid-2", 3, InvitationStatus.CONFIRMED, "Møde", description,
                ZonedDateTime.of(2027, 6, 1, 10, 0, 0, 0, CPH), Duration.ofHours(1), null,
                new Organizer("Anne", "anne@kommune.example"), List.of());
        VEvent event = event(parse(invitations.ics(invitation)));
        assertEquals(description, value(event, "DESCRIPTION"));
        assertFalse(event.getProperty("LOCATION").isPresent());
    }

    @Test
    void inputIsChecked() {
        ZonedDateTime start = ZonedDateTime.of(2027, 6, 1, 10, 0, 0, 0, CPH);
        Organizer organizer = new Organizer("Anne", null);
        assertThrows(IllegalArgumentException.class, () -> new Invitation("uid", -1, InvitationStatus.CONFIRMED,
                "Møde", null, start, Duration.ofHours(1), null, organizer, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Invitation("uid", 0, InvitationStatus.CONFIRMED,
                "Møde", null, start, Duration.ZERO, null, organizer, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Invitation("a\r\nb", 0, InvitationStatus.CONFIRMED,
                "Møde", null, start, Duration.ofHours(1), null, organizer, List.of()));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new Attendee("X", "not an address@x", AttendeeRole.REQUIRED));
        assertFalse(bad.getMessage().contains("address@x"), "the message does not repeat the input");
    }

    @Test
    void fileNameNamesTheDateOnly() {
        assertEquals("moede-20280229.ics",
                invitations.fileName(meeting(ZonedDateTime.of(2028, 2, 29, 9, 30, 0, 0, CPH))));
    }

    @Test
    void labelsAreDanishAndEnglish() {
        for (AttendeeRole role : AttendeeRole.values()) {
            assertNotEquals(role.label().da(), role.label().en());
        }
        assertEquals("Aflyst", InvitationStatus.CANCELLED.label().in(java.util.Locale.forLanguageTag("da")));
        assertEquals("Cancelled", InvitationStatus.CANCELLED.label().in(java.util.Locale.ENGLISH));
    }
}
