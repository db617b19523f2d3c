package dk.borgerplan.accounts;

import java.time.Instant;

/**
 * The answer to a login. {@code token} is the session's secret for the cookie: it is shown only here and only its
 * hash is stored.
 */
public record LoginResult(Outcome outcome, SignedIn session, String token, Instant lockedUntil) {

    public enum Outcome {
        /** Logged in. */
        SIGNED_IN,
        /** Wrong username or password: the caller is told no more than that. */
        REFUSED,
        /** Too many failures: no login for this account or from this client until {@code lockedUntil}. */
        LOCKED
    }

    public static LoginResult refused() {
        return new LoginResult(Outcome.REFUSED, null, null, null);
    }

    public static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, null, until);
    }
}
