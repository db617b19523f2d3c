package dk.borgerplan.accounts;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Accounts, logins and sessions. */
@ProviderType
public interface AccountService {

    /** Makes an account with a one-time password; an administrator's act. */
    CreatedAccount create(String byAccountId, NewAccount account);

    List<Account> accounts();

    Optional<Account> find(String accountId);

    /**
     * Checks a username and password. Failures count towards a lockout of the account and of the client
     * ({@code client}: its address), and are logged, as are successes.
     */
    LoginResult logIn(String username, String password, String client);

    /**
     * Logs in a user whose identity the municipality's identity provider has verified (OpenID Connect): the account
     * with {@code username} must exist and not be locked. No password is involved; a one-time password the account
     * still had is voided, as the user will never need it. Logged like every login, with {@code provider} as how.
     */
    LoginResult logInVerified(String username, String provider, String client);

    /** The session of a token, if it is live; using it keeps it alive (idle timeout), never past its absolute end. */
    Optional<SignedIn> session(String token);

    void logOut(String token);

    /** Ends every session of the account; returns how many. */
    int logOutEverywhere(String accountId);

    /** Replaces the password; the current one must be given. Ends the account's other sessions. */
    void changePassword(String accountId, String currentPassword, String newPassword, String keepToken);

    /** A new one-time password for an account (an administrator's act); ends its sessions. */
    CreatedAccount resetPassword(String byAccountId, String accountId);
}
