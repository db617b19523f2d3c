package dk.borgerplan.plan;

/**
 * What serviceloven §141 stk. 3 asks of the action plan besides its purpose: the effort needed to reach it, the
 * expected duration, and other special conditions.
 */
public record ActionPlanElements(String neededEffort, String expectedDuration, SpecialConditions specialConditions) {
}
