package dk.borgerplan.fhir;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;

/**
 * A plan as a FHIR R4 {@code Bundle} of type {@code collection}, in JSON. Resource ids are name-based UUIDs of the
 * Borgerplan ids, so the same plan exports with the same ids every time; entries are addressed by
 * {@code urn:uuid:} full URLs.
 */
@ProviderType
public interface FhirPlanExport {

    /** The media type to serve the JSON with. */
    String MEDIA_TYPE = "application/fhir+json; fhirVersion=4.0";

    /**
     * The plan of {@code citizen} as a Bundle: Patient (no CPR number unless {@code options} ask for it), CarePlan,
     * Goals and score Observations.
     *
     * @throws IllegalArgumentException when the plan does not belong to the citizen
     */
    String bundle(Citizen citizen, Plan plan, FhirOptions options);
}
