package dk.borgerplan.accounts;

import java.time.Instant;

/**
 * A user of Borgerplan, as others may see them.
 *
 * @param id never changes; what the audit log and the plan's stamps record
 * @param username what the user logs in with
 * @param displayName the name shown
 * @param role what the user does
 * @param organisation the authority or provider the user belongs to; null when none (a citizen)
 * @param passwordChangeRequired true until the user has replaced a one-time password
 * @param created when the account was made
 */
public record Account(String id, String username, String displayName, Role role, String organisation,
        boolean passwordChangeRequired, Instant created) {
}
