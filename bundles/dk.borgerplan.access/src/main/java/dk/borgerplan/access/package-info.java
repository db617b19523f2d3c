/**
 * Who may see and do what with a citizen's data. Every decision is made by the one {@link
 * dk.borgerplan.access.AuthorizationService}, from the relationships between a user and a citizen that {@link
 * dk.borgerplan.access.RelationshipService} records: a caseworker's caseload and team, the provider of the citizen's
 * offers, the citizen's own account, a relative's consent, a peer guide's invitation. A role alone gives no access to
 * anyone's data.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package dk.borgerplan.access;
