/** What a store implements to keep the audit log: appending at the next sequence number, reading in order, purging. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package dk.borgerplan.audit.spi;
