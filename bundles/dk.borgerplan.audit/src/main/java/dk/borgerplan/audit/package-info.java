/**
 * The audit log: every read and write of a citizen's data, and every search, as one entry each — when, who (account,
 * role, organisation), which citizen, what (resource and action), why (the purpose or relationship that allowed it)
 * and the outcome. Entries are appended only, each chained to the one before by a SHA-256 hash, so that a removed or
 * altered entry is found by {@link dk.borgerplan.audit.AuditLog#verify()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package dk.borgerplan.audit;
