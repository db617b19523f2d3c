package dk.borgerplan.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dk.borgerplan.accounts.spi.AccountRecord;
import dk.borgerplan.accounts.spi.AccountStore;
import dk.borgerplan.accounts.spi.SessionRecord;

/** The store contract in memory. */
final class InMemoryAccountStore implements AccountStore {

    final Map<String, AccountRecord> accounts = new LinkedHashMap<>();
    final Map<String, SessionRecord> sessions = new LinkedHashMap<>();

    @Override
    public synchronized List<AccountRecord> accounts() {
        return new ArrayList<>(accounts.values());
    }

    @Override
    public synchronized Optional<AccountRecord> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public synchronized Optional<AccountRecord> byUsername(String username) {
        return accounts.values().stream().filter(a -> a.account().username().equals(username)).findFirst();
    }

    @Override
    public synchronized boolean insert(AccountRecord account) {
        if (byUsername(account.account().username()).isPresent()) {
            return false;
        }
        accounts.put(account.account().id(), new AccountRecord(account.account(), account.passwordHash(),
                account.failedLogins(), account.lockedUntil(), 1));
        return true;
    }

    @Override
    public synchronized boolean update(AccountRecord record) {
        AccountRecord current = accounts.get(record.account().id());
        if (current == null || current.version() != record.version()) {
            return false;
        }
        accounts.put(record.account().id(), new AccountRecord(record.account(), record.passwordHash(),
                record.failedLogins(), record.lockedUntil(), record.version() + 1));
        return true;
    }

    @Override
    public synchronized void saveSession(SessionRecord session) {
        sessions.put(session.tokenHash(), session);
    }

    @Override
    public synchronized Optional<SessionRecord> session(String tokenHash) {
        return Optional.ofNullable(sessions.get(tokenHash));
    }

    @Override
    public synchronized void touchSession(String tokenHash, Instant lastSeen) {
        sessions.computeIfPresent(tokenHash, (h, s) -> new SessionRecord(h, s.accountId(), s.csrfToken(), s.created(),
                lastSeen, s.expires()));
    }

    @Override
    public synchronized void deleteSession(String tokenHash) {
        sessions.remove(tokenHash);
    }

    @Override
    public synchronized int deleteSessionsOf(String accountId, String exceptTokenHash) {
        List<String> gone = sessions.values().stream().filter(s -> s.accountId().equals(accountId))
                .map(SessionRecord::tokenHash).filter(h -> !Objects.equals(h, exceptTokenHash)).toList();
        gone.forEach(sessions::remove);
        return gone.size();
    }

    @Override
    public synchronized int deleteEnded(Instant idleBefore, Instant now) {
        List<String> gone = sessions.values().stream()
                .filter(s -> s.lastSeen().isBefore(idleBefore) || !now.isBefore(s.expires()))
                .map(SessionRecord::tokenHash).toList();
        gone.forEach(sessions::remove);
        return gone.size();
    }
}
