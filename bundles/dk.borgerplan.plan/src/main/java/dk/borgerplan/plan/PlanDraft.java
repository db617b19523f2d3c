package dk.borgerplan.plan;

import java.util.List;

/** The content of a plan as the meeting writes it; the plan model checks it before anything is saved. */
public record PlanDraft(String purpose, List<GoalDraft> goals) {
}
