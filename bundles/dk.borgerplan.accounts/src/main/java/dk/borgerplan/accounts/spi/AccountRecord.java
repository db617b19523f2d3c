package dk.borgerplan.accounts.spi;

import java.time.Instant;

import dk.borgerplan.accounts.Account;

/**
 * An account as stored: with its password hash (an Argon2id string with its own salt and parameters), the failed
 * logins since the last success, and the end of a lockout.
 */
public record AccountRecord(Account account, String passwordHash, int failedLogins, Instant lockedUntil,
        long version) {

    public AccountRecord withPassword(String hash, boolean changeRequired) {
        Account a = account;
        return new AccountRecord(new Account(a.id(), a.username(), a.displayName(), a.role(), a.organisation(),
                changeRequired, a.created()), hash, 0, null, version);
    }

    public AccountRecord withFailures(int failures, Instant lockedUntil) {
        return new AccountRecord(account, passwordHash, failures, lockedUntil, version);
    }
}
