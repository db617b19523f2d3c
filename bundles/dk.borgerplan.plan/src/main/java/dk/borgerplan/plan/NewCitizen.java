package dk.borgerplan.plan;

import java.util.List;

/**
 * A citizen as registered or changed: a name; the rest may follow. The CPR number is text as typed
 * ({@code DDMMYY-SSSS} or ten digits); the plan model checks it. An offer with an id keeps it (goals name offers
 * by id); an offer without one is new.
 */
public record NewCitizen(String name, String cprNumber, List<TargetGroup> targetGroups, String actingMunicipality,
        String payingMunicipality, List<Offer> offers, List<RelatedPerson> people, PlanLook look,
        Boolean visualPlanOptOut) {

    public NewCitizen(String name, String cprNumber, List<TargetGroup> targetGroups, String actingMunicipality,
            String payingMunicipality, PlanLook look, Boolean visualPlanOptOut) {
        this(name, cprNumber, targetGroups, actingMunicipality, payingMunicipality, null, null, look,
                visualPlanOptOut);
    }

    /** A citizen known only by name. */
    public NewCitizen(String name) {
        this(name, null, null, null, null, null, null);
    }
}
