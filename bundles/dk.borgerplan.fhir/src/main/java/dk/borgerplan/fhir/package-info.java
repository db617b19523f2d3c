/**
 * A citizen's plan as FHIR R4 resources, shaped after KL's FFB reporting profiles as far as they fit: one
 * {@code Bundle} (type {@code collection}) with the {@code Patient}, the {@code CarePlan}, one {@code Goal} per goal
 * and the scores as {@code Observation}s. See {@link dk.borgerplan.fhir.FhirPlanExport}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.fhir;
