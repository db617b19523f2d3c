package dk.borgerplan.plan;

/** A goal's status at the next plan meeting: its new score, the decision taken, a note, and who recorded it. */
public record GoalReview(Score score, ReviewOutcome outcome, String note, Stamp stamp) {
}
