package dk.borgerplan.accounts.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps accounts and sessions; shared by every node on one database. */
public interface AccountStore {

    List<AccountRecord> accounts();

    Optional<AccountRecord> account(String accountId);

    Optional<AccountRecord> byUsername(String username);

    /** Inserts a new account; false when the username is taken. */
    boolean insert(AccountRecord account);

    /**
     * Saves a changed account if it is still at {@code record.version()}; false when another writer changed it first
     * (read it again and retry).
     */
    boolean update(AccountRecord record);

    void saveSession(SessionRecord session);

    Optional<SessionRecord> session(String tokenHash);

    void touchSession(String tokenHash, Instant lastSeen);

    void deleteSession(String tokenHash);

    int deleteSessionsOf(String accountId, String exceptTokenHash);

    /** Removes sessions that ended (idle since before {@code idleBefore}, or past their end); returns how many. */
    int deleteEnded(Instant idleBefore, Instant now);
}
