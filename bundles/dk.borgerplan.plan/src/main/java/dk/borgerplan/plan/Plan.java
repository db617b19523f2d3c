package dk.borgerplan.plan;

import java.util.List;

/**
 * A citizen's plan, made at the plan meeting of a cycle ({@code cycleId}; {@code meeting}: its date and
 * participants): the purpose of the effort and its goals, the fields of the visual plan (resource field, life-theme
 * fields, employment field, notes, parking lot) and the §141 elements. {@code version} grows with every saved change;
 * {@code revision} grows when a plan that has been approved (even in part) is changed: the approved content is kept
 * as the earlier revision and the new one needs approval again.
 */
public record Plan(String id, String citizenId, String cycleId, String purpose, List<Goal> goals,
        List<FieldEntry> resourceField,
        List<ThemeField> themeFields, List<FieldEntry> employmentField, String notes, List<String> parkingLot,
        ActionPlanElements actionPlan, int revision, List<Approval> approvals, long version, Stamp created,
        Stamp updated, PlanMeeting meeting) {

    public Plan {
        revision = revision < 1 ? 1 : revision;
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        goals = List.copyOf(goals);
        resourceField = resourceField == null ? List.of() : List.copyOf(resourceField);
        themeFields = themeFields == null ? List.of() : List.copyOf(themeFields);
        employmentField = employmentField == null ? List.of() : List.copyOf(employmentField);
        parkingLot = parkingLot == null ? List.of() : List.copyOf(parkingLot);
        actionPlan = actionPlan == null ? new ActionPlanElements(null, null, null) : actionPlan;
    }

    /** A plan whose meeting has not been recorded. */
    public Plan(String id, String citizenId, String cycleId, String purpose, List<Goal> goals,
            List<FieldEntry> resourceField, List<ThemeField> themeFields, List<FieldEntry> employmentField,
            String notes, List<String> parkingLot, ActionPlanElements actionPlan, int revision,
            List<Approval> approvals, long version, Stamp created, Stamp updated) {
        this(id, citizenId, cycleId, purpose, goals, resourceField, themeFields, employmentField, notes, parkingLot,
                actionPlan, revision, approvals, version, created, updated, null);
    }

    /** A plan of purpose and goals only, in no cycle. */
    public Plan(String id, String citizenId, String purpose, List<Goal> goals, long version, Stamp created,
            Stamp updated) {
        this(id, citizenId, null, purpose, goals, null, null, null, null, null, null, 1, List.of(), version, created,
                updated);
    }

    /** Approved when the citizen, a provider and the authority have each approved this revision. */
    public boolean approved() {
        return java.util.EnumSet.allOf(ApprovalParty.class)
                .equals(approvals.stream().map(Approval::party).collect(java.util.stream.Collectors
                        .toCollection(() -> java.util.EnumSet.noneOf(ApprovalParty.class))));
    }

    /** The same plan with these approvals and stamp, e.g. after one more party approved. */
    public Plan withApprovals(List<Approval> newApprovals, Stamp newUpdated) {
        return new Plan(id, citizenId, cycleId, purpose, goals, resourceField, themeFields, employmentField, notes,
                parkingLot, actionPlan, revision, newApprovals, version, created, newUpdated, meeting);
    }

    /** The same plan with one goal (by id) replaced, e.g. after it was closed or reviewed. */
    public Plan withGoal(Goal changed, Stamp newUpdated) {
        List<Goal> newGoals = goals.stream().map(goal -> goal.id().equals(changed.id()) ? changed : goal).toList();
        return new Plan(id, citizenId, cycleId, purpose, newGoals, resourceField, themeFields, employmentField, notes,
                parkingLot, actionPlan, revision, approvals, version, created, newUpdated, meeting);
    }

    /** The goal with this id, if the plan has it. */
    public java.util.Optional<Goal> goal(String goalId) {
        return goals.stream().filter(goal -> goal.id().equals(goalId)).findFirst();
    }

    /** The same plan with another version, e.g. as a store returns it. */
    public Plan withVersion(long newVersion) {
        return new Plan(id, citizenId, cycleId, purpose, goals, resourceField, themeFields, employmentField, notes,
                parkingLot, actionPlan, revision, approvals, newVersion, created, updated, meeting);
    }
}
