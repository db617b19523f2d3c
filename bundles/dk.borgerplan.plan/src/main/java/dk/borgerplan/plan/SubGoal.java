package dk.borgerplan.plan;

/**
 * One step (delmål) of a goal's staircase, set after the plan meeting by the citizen and the contact person. A step
 * is never deleted: it is completed, or replaced by another step ({@code replacedBy} names it). {@code closed} says
 * who completed or replaced it, and when; it is null while the step is active.
 */
public record SubGoal(String id, String text, SubGoalStatus status, String replacedBy, Stamp created, Stamp closed) {

    public SubGoal {
        status = status == null ? SubGoalStatus.ACTIVE : status;
    }

    public boolean active() {
        return status == SubGoalStatus.ACTIVE;
    }

    /** The same step, completed. */
    public SubGoal completed(Stamp stamp) {
        return new SubGoal(id, text, SubGoalStatus.COMPLETED, null, created, stamp);
    }

    /** The same step, replaced by the step {@code newId}. */
    public SubGoal replaced(String newId, Stamp stamp) {
        return new SubGoal(id, text, SubGoalStatus.REPLACED, newId, created, stamp);
    }
}
