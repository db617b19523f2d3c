package dk.borgerplan.plan;

import java.time.LocalDateTime;

/**
 * A group preparation meeting as given when it is created or changed: the area (målgruppe), the start in Danish
 * wall-clock time, the duration (15 to 480 minutes), the place (optional, at most 200 characters), and how many
 * citizens it takes (1 to 50).
 */
public record GroupPreparationMeetingDraft(TargetGroup area, LocalDateTime start, Integer durationMinutes,
        String place, Integer capacity) {
}
