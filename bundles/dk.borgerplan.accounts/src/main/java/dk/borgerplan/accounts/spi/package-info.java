/** What a store implements to keep accounts and sessions. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.accounts.spi;
