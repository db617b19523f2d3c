/**
 * What every Borgerplan bundle may rely on: where the distribution lives ({@link dk.borgerplan.platform.PlatformHome})
 * and how a part reports its health ({@link dk.borgerplan.platform.HealthCheck}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.platform;
