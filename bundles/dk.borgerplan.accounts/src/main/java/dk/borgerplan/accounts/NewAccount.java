package dk.borgerplan.accounts;

/** An account to make: its username (letters, digits, dot, dash, underscore), name, role and organisation. */
public record NewAccount(String username, String displayName, Role role, String organisation) {
}
