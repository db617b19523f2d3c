package dk.borgerplan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a citizen's current cycle stands and what is due in it.
 *
 * @param cycle the open cycle (or, should none be open, the newest); null when no cycle was ever opened
 * @param planId the plan of that cycle, or null while it has none
 * @param planMeetingDate the date of the cycle's plan meeting, when it is known (it is recorded on the plan)
 * @param preparationMeetings how many preparation meetings the cycle has
 * @param due what is due, in the order of the cycle; empty when nothing is
 */
public record CitizenStatus(Citizen citizen, PlanCycle cycle, String planId, LocalDate planMeetingDate,
        int preparationMeetings, List<Due> due) {

    public CitizenStatus {
        due = List.copyOf(due);
    }
}
