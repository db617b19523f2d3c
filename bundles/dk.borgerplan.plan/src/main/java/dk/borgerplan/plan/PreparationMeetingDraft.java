package dk.borgerplan.plan;

import java.time.LocalDate;
import java.util.List;

/** A preparation meeting's details as given: group or individual, the date, who took part. */
public record PreparationMeetingDraft(PreparationKind kind, LocalDate date, List<Participant> participants) {
}
