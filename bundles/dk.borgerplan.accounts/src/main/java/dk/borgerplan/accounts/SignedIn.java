package dk.borgerplan.accounts;

import java.time.Instant;

/**
 * A live session: whose it is, the token that guards its state-changing requests against cross-site forgery, and
 * when it ends at the latest.
 */
public record SignedIn(Account account, String csrfToken, Instant created, Instant expires) {
}
