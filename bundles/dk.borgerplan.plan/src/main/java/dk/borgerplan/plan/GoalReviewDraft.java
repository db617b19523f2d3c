package dk.borgerplan.plan;

/** A goal's status as given at the next plan meeting: the new score (on the goal's scale) and the outcome. */
public record GoalReviewDraft(ScoreDraft score, ReviewOutcome outcome, String note) {
}
