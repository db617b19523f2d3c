package dk.borgerplan.export;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;

/**
 * The plan as a plain document (seed 001: for a citizen who opted out of the visual plan): the same content as the
 * visual plan, as headings and lists in a Word document (DOCX).
 */
@ProviderType
public interface PlainPlanExport {
    byte[] docx(Citizen citizen, Plan plan, ExportOptions options);
}
