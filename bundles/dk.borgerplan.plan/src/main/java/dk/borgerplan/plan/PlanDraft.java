package dk.borgerplan.plan;

import java.util.List;

/**
 * The content of a plan as the meeting writes it; the plan model checks it before anything is saved. Besides the
 * purpose and the goals: the wheel's resource field, its life-theme fields and employment field, notes, the parking
 * lot, the §141 elements, and the meeting (date, participants and their roles).
 */
public record PlanDraft(String purpose, List<GoalDraft> goals, List<FieldEntry> resourceField,
        List<ThemeFieldDraft> themeFields, List<FieldEntry> employmentField, String notes, List<String> parkingLot,
        ActionPlanElements actionPlan, PlanMeeting meeting) {

    /** A plan without its meeting recorded. */
    public PlanDraft(String purpose, List<GoalDraft> goals, List<FieldEntry> resourceField,
            List<ThemeFieldDraft> themeFields, List<FieldEntry> employmentField, String notes, List<String> parkingLot,
            ActionPlanElements actionPlan) {
        this(purpose, goals, resourceField, themeFields, employmentField, notes, parkingLot, actionPlan, null);
    }

    /** A plan of purpose and goals only. */
    public PlanDraft(String purpose, List<GoalDraft> goals) {
        this(purpose, goals, null, null, null, null, null, null);
    }
}
