package dk.borgerplan.accounts;

/** A new account with its one-time password: shown once, to be changed at the first login. */
public record CreatedAccount(Account account, String oneTimePassword) {
}
