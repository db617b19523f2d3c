package dk.borgerplan.calendar;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A meeting as a calendar invitation, independent of any calendar library. Send the same {@code uid} for the first
 * invitation, every update and the cancellation, with a {@code sequence} that grows with each change, so that
 * calendars replace the entry rather than add one.
 *
 * <p>The summary, description and location are read by anyone who sees the calendar entry (shared and delegated
 * calendars, phone lock screens, mail servers): they should say what the meeting is ("Borgerplansmøde") and never
 * carry health or case information, a CPR number or a diagnosis. The caller writes them; this bundle adds nothing
 * personal.
 *
 * @param uid the meeting's stable identifier (e.g. the plan meeting's id); at most 255 characters, no line breaks
 * @param sequence 0 for the first invitation, then one more for every change including the cancellation
 * @param status confirmed (new or changed) or cancelled
 * @param summary the title shown in calendars
 * @param description more text, or {@code null}
 * @param start when it starts, in any zone: it is written in Europe/Copenhagen time
 * @param duration how long it lasts; positive
 * @param location where, or {@code null}
 * @param organizer who calls the meeting
 * @param attendees who is invited; may be empty
 */
public record Invitation(String uid, int sequence, InvitationStatus status, String summary, String description,
        ZonedDateTime start, Duration duration, String location, Organizer organizer, List<Attendee> attendees) {

    public Invitation {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(organizer, "organizer");
        if (uid.isBlank() || uid.length() > 255 || uid.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A uid is 1 to 255 characters without control characters");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("The sequence starts at 0");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A meeting lasts a positive time");
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** The same meeting moved or otherwise changed: the next sequence, confirmed. */
    public Invitation updated(String newSummary, String newDescription, ZonedDateTime newStart, Duration newDuration,
            String newLocation, List<Attendee> newAttendees) {
        return new Invitation(uid, sequence + 1, InvitationStatus.CONFIRMED, newSummary, newDescription, newStart,
                newDuration, newLocation, organizer, newAttendees);
    }

    /** The same meeting called off: the next sequence, cancelled, everything else as it was. */
    public Invitation cancelled() {
        return new Invitation(uid, sequence + 1, InvitationStatus.CANCELLED, summary, description, start, duration,
                location, organizer, attendees);
    }
}
