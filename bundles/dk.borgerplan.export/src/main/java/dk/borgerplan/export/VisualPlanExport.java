package dk.borgerplan.export;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;

/**
 * The visual plan drawn as on paper: resource field, life-theme fields with icons, employment field, purpose, the
 * goals with their scores in words, notes, the date and a QR code leading back to the plan. PDF and PNG come from one
 * drawing.
 */
@ProviderType
public interface VisualPlanExport {
    /** One page of {@link ExportOptions#paper()}, fonts with Danish letters embedded, its text extractable. */
    byte[] pdf(Citizen citizen, Plan plan, ExportOptions options);

    /** The same drawing as a PNG picture, at {@link #PNG_DOTS_PER_INCH} of the paper size. */
    byte[] png(Citizen citizen, Plan plan, ExportOptions options);

    /** The resolution of {@link #png}: enough to read on a screen and to print the A4 plan. */
    int PNG_DOTS_PER_INCH = 150;
}
