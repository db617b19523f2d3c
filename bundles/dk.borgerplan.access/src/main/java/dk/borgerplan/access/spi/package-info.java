/** What the access bundle needs stored: the relationships and the teams' members. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package dk.borgerplan.access.spi;
