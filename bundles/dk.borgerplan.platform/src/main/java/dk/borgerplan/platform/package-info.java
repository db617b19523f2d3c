/**
 * What every Borgerplan bundle may rely on: where the distribution lives ({@link dk.borgerplan.platform.PlatformHome}),
 * how a part reports its health ({@link dk.borgerplan.platform.HealthCheck}), and the store's online backup
 * ({@link dk.borgerplan.platform.StoreBackup}) and its connection pool ({@link dk.borgerplan.platform.StorePool}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package dk.borgerplan.platform;
