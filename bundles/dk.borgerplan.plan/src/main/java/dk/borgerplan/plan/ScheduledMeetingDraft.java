package dk.borgerplan.plan;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting on the year wheel as given when it is scheduled or changed.
 *
 * @param cycleId the citizen's cycle it belongs to; optional
 * @param kind plan meeting or individual preparation meeting; cannot be changed once scheduled
 * @param start Danish wall-clock time
 * @param durationMinutes from 15 to 480
 * @param place optional, at most 200 characters
 * @param participants optional; as for the preparation meeting, the citizen at most once
 */
public record ScheduledMeetingDraft(String cycleId, ScheduledMeetingKind kind, LocalDateTime start,
        Integer durationMinutes, String place, List<Participant> participants) {
}
