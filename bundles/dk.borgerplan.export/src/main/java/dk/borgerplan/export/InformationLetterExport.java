package dk.borgerplan.export;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;

/**
 * The information letter to a cooperating municipality (seed 001, 2.1.1): a citizen from another municipality is
 * offered "Mit liv – Min plan", and that municipality is told what it is, from a template the municipality edits.
 */
@ProviderType
public interface InformationLetterExport {
    /**
     * The letter as PDF, addressed to the citizen's acting municipality.
     *
     * @param plan the citizen's current plan, for the plan meeting's date; {@code null} when there is none yet
     */
    byte[] pdf(Citizen citizen, Plan plan, ExportOptions options);
}
