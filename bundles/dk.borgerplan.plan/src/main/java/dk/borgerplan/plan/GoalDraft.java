package dk.borgerplan.plan;

/** A goal as written at the meeting. */
public record GoalDraft(String text, ScoreDraft currentScore, ScoreDraft expectedScore) {
}
