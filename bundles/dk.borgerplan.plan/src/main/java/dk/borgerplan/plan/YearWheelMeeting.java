package dk.borgerplan.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * What every meeting of the year wheel has: an id, a start in Danish wall-clock time, a length, a place, whether it
 * was cancelled and how often it changed; from those its moments and its Danish date.
 */
public interface YearWheelMeeting {

    String id();

    /** The start, Danish wall-clock time. */
    LocalDateTime start();

    int durationMinutes();

    String place();

    /** Who cancelled it and when, or null. */
    Stamp cancelled();

    /** Raised by every change a calendar shows (time, length, place, people, cancellation): iCalendar's SEQUENCE. */
    int sequence();

    /** The start as a moment in time, in Danish time (summer time or not, as on that day). */
    default ZonedDateTime startInDenmark() {
        return DanishTime.zoned(start());
    }

    /** The end as a moment in time; a meeting across the change to or from summer time lasts its minutes exactly. */
    default ZonedDateTime endInDenmark() {
        return startInDenmark().plusMinutes(durationMinutes());
    }

    /** The Danish calendar date it is held on. */
    default LocalDate date() {
        return start().toLocalDate();
    }

    default boolean isCancelled() {
        return cancelled() != null;
    }
}
