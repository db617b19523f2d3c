package dk.borgerplan.plan;

import java.util.List;

/**
 * A citizen's plan, made at the plan meeting of a cycle ({@code cycleId}): the purpose of the effort and its goals, the fields of the visual plan (resource field, life-theme
 * fields, employment field, notes, parking lot) and the §141 elements. {@code version} grows with every saved change.
 */
public record Plan(String id, String citizenId, String cycleId, String purpose, List<Goal> goals,
        List<FieldEntry> resourceField,
        List<ThemeField> themeFields, List<FieldEntry> employmentField, String notes, List<String> parkingLot,
        ActionPlanElements actionPlan, long version, Stamp created, Stamp updated) {

    public Plan {
        goals = List.copyOf(goals);
        resourceField = resourceField == null ? List.of() : List.copyOf(resourceField);
        themeFields = themeFields == null ? List.of() : List.copyOf(themeFields);
        employmentField = employmentField == null ? List.of() : List.copyOf(employmentField);
        parkingLot = parkingLot == null ? List.of() : List.copyOf(parkingLot);
        actionPlan = actionPlan == null ? new ActionPlanElements(null, null, null) : actionPlan;
    }

    /** A plan of purpose and goals only, in no cycle. */
    public Plan(String id, String citizenId, String purpose, List<Goal> goals, long version, Stamp created,
            Stamp updated) {
        this(id, citizenId, null, purpose, goals, null, null, null, null, null, null, version, created, updated);
    }

    /** The same plan with another version, e.g. as a store returns it. */
    public Plan withVersion(long newVersion) {
        return new Plan(id, citizenId, cycleId, purpose, goals, resourceField, themeFields, employmentField, notes,
                parkingLot, actionPlan, newVersion, created, updated);
    }
}
