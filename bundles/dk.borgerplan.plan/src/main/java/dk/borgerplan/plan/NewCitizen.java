package dk.borgerplan.plan;

import java.util.List;

/**
 * What it takes to register a citizen: a name; the rest may follow. The CPR number is text as typed
 * ({@code DDMMYY-SSSS} or ten digits); the plan model checks it.
 */
public record NewCitizen(String name, String cprNumber, List<TargetGroup> targetGroups, String actingMunicipality,
        String payingMunicipality, PlanLook look, Boolean visualPlanOptOut) {

    /** A citizen known only by name. */
    public NewCitizen(String name) {
        this(name, null, null, null, null, null, null);
    }
}
