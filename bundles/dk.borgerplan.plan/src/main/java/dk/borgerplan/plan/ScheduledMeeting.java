package dk.borgerplan.plan;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting of one citizen on the year wheel (årshjul), planned ahead: the yearly plan meeting (borgerplansmøde) or an
 * individual preparation meeting (forberedelsesmøde). It is the calendar's event: {@code id} (a UUID) is the stable
 * UID of its iCalendar invitation, and {@code sequence} its SEQUENCE, raised by every change of time, duration,
 * place, participants, and by the cancellation. (What happened at a preparation meeting — its sheet — is a
 * {@link PreparationMeeting}.)
 *
 * @param cycleId the cycle the meeting belongs to, or null when it is planned before that cycle exists (October
 *            planning of next year's meetings)
 * @param start the start in Danish wall-clock time ({@link DanishTime#ZONE})
 * @param place where it is held, or null while it is not decided
 * @param announced when the authority told citizen and contact person the date (the seed's "ca. 12 uger
 *            forinden"), and who recorded it; null while not announced, and again after the date is changed
 * @param cancelled when and by whom it was cancelled; null while it stands. A cancelled meeting stays, for the
 *            calendar's cancellation and the record
 */
public record ScheduledMeeting(String id, String citizenId, String cycleId, ScheduledMeetingKind kind,
        LocalDateTime start, int durationMinutes, String place, List<Participant> participants, Stamp announced,
        Stamp cancelled, int sequence, long version, Stamp created, Stamp updated) implements YearWheelMeeting {

    public ScheduledMeeting {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    public boolean isAnnounced() {
        return announced != null;
    }

    /** The same meeting with another version, e.g. as a store returns it. */
    public ScheduledMeeting withVersion(long newVersion) {
        return new ScheduledMeeting(id, citizenId, cycleId, kind, start, durationMinutes, place, participants,
                announced, cancelled, sequence, newVersion, created, updated);
    }
}
