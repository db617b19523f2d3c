package dk.borgerplan.plan;

/**
 * How a goal stopped being active: achieved, or closed early with the reason and a record that the authority was
 * contacted about it (seed 001: a goal is not dropped without the caseworker knowing). {@code stamp} says who
 * recorded it and when.
 */
public record GoalClosing(GoalStatus status, String reason, boolean authorityContacted, Stamp stamp) {
}
