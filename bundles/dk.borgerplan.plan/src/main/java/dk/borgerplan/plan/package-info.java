/**
 * The plan model's service API: citizens and their plans (purpose, up to three goals with a current and an expected
 * score). The rules live behind these services; every change names the acting user.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.6.0")
package dk.borgerplan.plan;
