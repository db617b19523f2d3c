package dk.borgerplan.plan;

import java.time.LocalDate;
import java.util.List;

/** The plan meeting (borgerplansmøde) where the plan was drawn: its date, and who took part in which role. */
public record PlanMeeting(LocalDate date, List<Participant> participants) {

    public PlanMeeting {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
