package dk.borgerplan.plan;

/**
 * A goal's closing as recorded: {@code ACHIEVED}, or {@code CLOSED_EARLY} with a reason and
 * {@code authorityContacted = true}.
 */
public record GoalClosingDraft(GoalStatus status, String reason, Boolean authorityContacted) {
}
