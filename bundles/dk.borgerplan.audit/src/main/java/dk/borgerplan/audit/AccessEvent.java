package dk.borgerplan.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One access to a citizen's data, as it is logged.
 *
 * @param at when
 * @param account the account that acted (its id, never a CPR number)
 * @param role the role the account acted in, e.g. {@code caseworker}
 * @param organisation the account's organisation (an authority or a provider), or null when it has none
 * @param citizenId the citizen whose data it was; null for a search that named no one citizen
 * @param resource what was accessed: the method and path, e.g. {@code GET /api/plans/{id}}, with ids only
 * @param action what was done
 * @param purpose why it was allowed: the relationship or purpose, e.g. {@code caseload}
 * @param outcome how it ended
 */
public record AccessEvent(Instant at, String account, String role, String organisation, String citizenId,
        String resource, AccessAction action, String purpose, AccessOutcome outcome) {

    public AccessEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
    }
}
