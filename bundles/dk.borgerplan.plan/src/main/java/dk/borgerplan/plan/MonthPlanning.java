package dk.borgerplan.plan;

import java.time.Month;
import java.util.List;

/** The plan meetings of one month (Danish time) in the October planning, by start. */
public record MonthPlanning(Month month, List<ScheduledMeeting> meetings) {

    public MonthPlanning {
        meetings = List.copyOf(meetings);
    }

    public int count() {
        return meetings.size();
    }
}
