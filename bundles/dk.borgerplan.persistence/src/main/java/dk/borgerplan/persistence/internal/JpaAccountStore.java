package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.accounts.spi.AccountRecord;
import dk.borgerplan.accounts.spi.AccountStore;
import dk.borgerplan.accounts.spi.SessionRecord;

/** Accounts and sessions in the bundle's one {@link StoreDatabase}. */
@Component(service = AccountStore.class)
public class JpaAccountStore implements AccountStore {

    private final StoreDatabase database;

    @Activate
    public JpaAccountStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public List<AccountRecord> accounts() {
        return database.read(em -> em.createQuery("SELECT a FROM AccountEntity a ORDER BY a.username",
                AccountEntity.class).getResultStream().map(AccountEntity::toRecord).toList());
    }

    @Override
    public Optional<AccountRecord> account(String accountId) {
        return database.read(em -> Optional.ofNullable(em.find(AccountEntity.class, accountId))
                .map(AccountEntity::toRecord));
    }

    @Override
    public Optional<AccountRecord> byUsername(String username) {
        return database.read(em -> em.createQuery("SELECT a FROM AccountEntity a WHERE a.username = :username",
                AccountEntity.class).setParameter("username", username).getResultStream().findFirst()
                .map(AccountEntity::toRecord));
    }

    @Override
    public boolean insert(AccountRecord account) {
        return database.insertUnlessTaken(new AccountEntity(account));
    }

    @Override
    public boolean update(AccountRecord record) {
        try {
            return database.write(em -> {
                AccountEntity entity = em.find(AccountEntity.class, record.account().id());
                if (entity == null || entity.version() != record.version()) {
                    return false;
                }
                entity.apply(record);
                em.flush();
                return true;
            });
        } catch (OptimisticLockException e) {
            return false;
        }
    }

    @Override
    public void saveSession(SessionRecord session) {
        database.write(em -> {
            em.persist(new LoginSessionEntity(session));
            return null;
        });
    }

    @Override
    public Optional<SessionRecord> session(String tokenHash) {
        return database.read(em -> Optional.ofNullable(em.find(LoginSessionEntity.class, tokenHash))
                .map(LoginSessionEntity::toRecord));
    }

    @Override
    public void touchSession(String tokenHash, Instant lastSeen) {
        database.write(em -> {
            LoginSessionEntity session = em.find(LoginSessionEntity.class, tokenHash);
            if (session != null) {
                session.seen(lastSeen);
            }
            return null;
        });
    }

    @Override
    public void deleteSession(String tokenHash) {
        database.write(em -> em.createQuery("DELETE FROM LoginSessionEntity s WHERE s.tokenHash = :hash")
                .setParameter("hash", tokenHash).executeUpdate());
    }

    @Override
    public int deleteSessionsOf(String accountId, String exceptTokenHash) {
        return database.write(em -> em.createQuery("DELETE FROM LoginSessionEntity s WHERE s.accountId = :account "
                + "AND s.tokenHash <> :except").setParameter("account", accountId)
                .setParameter("except", exceptTokenHash == null ? "" : exceptTokenHash).executeUpdate());
    }

    @Override
    public int deleteEnded(Instant idleBefore, Instant now) {
        return database.write(em -> em.createQuery("DELETE FROM LoginSessionEntity s WHERE s.lastSeen < :idle "
                + "OR s.expires <= :now").setParameter("idle", idleBefore).setParameter("now", now).executeUpdate());
    }
}
