package dk.borgerplan.plan;

import java.util.Set;

/**
 * The adult the plan belongs to.
 *
 * @param cprNumber the CPR number, or null while it is not known; shown masked unless a user asks for it
 * @param actingMunicipality the municipality code (kommunekode) of the acting municipality (handlekommune)
 * @param payingMunicipality the municipality code of the paying municipality (betalingskommune)
 * @param visualPlanOptOut the citizen has opted out of the visual plan: the plan is kept as a plain document with the
 *            same content, and the visual plan is offered again next cycle
 */
public record Citizen(String id, String name, CprNumber cprNumber, Set<TargetGroup> targetGroups,
        String actingMunicipality, String payingMunicipality, PlanLook look, boolean visualPlanOptOut, long version,
        Stamp created, Stamp updated) {

    public Citizen {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        look = look == null ? PlanLook.COLOURFUL : look;
    }
}
