/**
 * The plan as documents: the visual plan as PDF and PNG ({@link dk.borgerplan.export.VisualPlanExport}), the plain
 * document for a citizen who opted out of the visual plan ({@link dk.borgerplan.export.PlainPlanExport}, DOCX), and
 * the information letter to a cooperating municipality ({@link dk.borgerplan.export.InformationLetterExport}). Each
 * takes the citizen and the plan as the plan model gives them; who may export, and the audit entry, are the caller's.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.export;
