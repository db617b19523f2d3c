package dk.borgerplan.plan;

import java.util.List;
import java.util.Set;

/**
 * The adult the plan belongs to.
 *
 * @param cprNumber the CPR number, or null while it is not known; shown masked unless a user asks for it
 * @param actingMunicipality the municipality code (kommunekode) of the acting municipality (handlekommune)
 * @param payingMunicipality the municipality code of the paying municipality (betalingskommune)
 * @param offers the offers the citizen receives, each with provider and contact person
 * @param people relatives and those who may attend or speak for the citizen
 * @param visualPlanOptOut the citizen has opted out of the visual plan: the plan is kept as a plain document with the
 *            same content, and the visual plan is offered again next cycle
 */
public record Citizen(String id, String name, CprNumber cprNumber, Set<TargetGroup> targetGroups,
        String actingMunicipality, String payingMunicipality, List<Offer> offers, List<RelatedPerson> people,
        PlanLook look, boolean visualPlanOptOut, long version, Stamp created, Stamp updated) {

    public Citizen {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        offers = offers == null ? List.of() : List.copyOf(offers);
        people = people == null ? List.of() : List.copyOf(people);
        look = look == null ? PlanLook.COLOURFUL : look;
    }

    /** A citizen without offers or people around them registered yet. */
    public Citizen(String id, String name, CprNumber cprNumber, Set<TargetGroup> targetGroups,
            String actingMunicipality, String payingMunicipality, PlanLook look, boolean visualPlanOptOut,
            long version, Stamp created, Stamp updated) {
        this(id, name, cprNumber, targetGroups, actingMunicipality, payingMunicipality, List.of(), List.of(), look,
                visualPlanOptOut, version, created, updated);
    }

    /** The same citizen with the visual plan offered again (a new cycle asks anew). */
    public Citizen withVisualPlanOffered(Stamp stamp) {
        return new Citizen(id, name, cprNumber, targetGroups, actingMunicipality, payingMunicipality, offers, people,
                look, false, version, created, stamp);
    }
}
