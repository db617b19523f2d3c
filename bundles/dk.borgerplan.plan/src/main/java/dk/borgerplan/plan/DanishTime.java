package dk.borgerplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Danish time (Europe/Copenhagen, CET/CEST), in which every date of the year wheel is given and counted: meetings
 * start at a Danish wall-clock time, and "12 weeks before" counts Danish calendar days, whatever summer time does.
 */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DanishTime() {
    }

    /** The Danish calendar date of an instant (23:30 UTC on 31 December is already 1 January in Denmark). */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /**
     * A Danish wall-clock time as an instant in time. A time that does not exist (the hour skipped when summer time
     * begins) moves forward by the gap; a time that occurs twice (when it ends) is the first, summer-time one.
     */
    public static ZonedDateTime zoned(LocalDateTime danishTime) {
        return danishTime.atZone(ZONE);
    }

    /** True when the wall-clock time does not exist in Denmark: it lies in the hour skipped when summer time begins. */
    public static boolean skipped(LocalDateTime danishTime) {
        return ZONE.getRules().getValidOffsets(danishTime).isEmpty();
    }
}
