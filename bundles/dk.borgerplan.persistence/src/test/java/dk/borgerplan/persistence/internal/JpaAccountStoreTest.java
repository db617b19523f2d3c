package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.accounts.spi.AccountRecord;
import dk.borgerplan.accounts.spi.SessionRecord;

/** Accounts and sessions against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaAccountStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaAccountStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaAccountStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static AccountRecord account(String id, String username) {
        return new AccountRecord(new Account(id, username, "Anne Kristensen", Role.CASEWORKER, "Randers Kommune, æøå",
                true, NOW), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", 0, null, 0);
    }

    @Test
    void anAccountIsKeptWholeAndItsUsernameIsUnique() throws Exception {
        assertTrue(store.insert(account("a1", "anne")));
        assertFalse(store.insert(account("a2", "anne")), "the username is taken");
        AccountRecord stored = store.byUsername("anne").orElseThrow();
        assertEquals(account("a1", "anne").account(), stored.account());
        assertEquals("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", stored.passwordHash());

        database.close();
        database = TestDatabases.open(data);
        store = new JpaAccountStore(database);
        assertEquals(stored.account(), store.account("a1").orElseThrow().account(), "the same after a restart");
        assertEquals(List.of("anne"), store.accounts().stream().map(a -> a.account().username()).toList());
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedSoNoFailureCountIsLost() {
        store.insert(account("a1", "anne"));
        AccountRecord read = store.account("a1").orElseThrow();
        assertTrue(store.update(read.withFailures(1, null)));
        assertFalse(store.update(read.withFailures(1, null)), "the second writer read the same version");
        AccountRecord again = store.account("a1").orElseThrow();
        assertTrue(store.update(again.withFailures(2, NOW.plusSeconds(900))));
        AccountRecord locked = store.account("a1").orElseThrow();
        assertEquals(2, locked.failedLogins());
        assertEquals(NOW.plusSeconds(900), locked.lockedUntil());
        assertTrue(store.update(locked.withPassword("$argon2id$ny", false)));
        AccountRecord changed = store.account("a1").orElseThrow();
        assertFalse(changed.account().passwordChangeRequired());
        assertEquals(0, changed.failedLogins());
    }

    @Test
    void sessionsAreFoundByTheirHashTouchedAndEnded() {
        store.insert(account("a1", "anne"));
        store.insert(account("b1", "bent"));
        store.saveSession(new SessionRecord("h1", "a1", "csrf-1", NOW, NOW, NOW.plusSeconds(36_000)));
        store.saveSession(new SessionRecord("h2", "a1", "csrf-2", NOW, NOW, NOW.plusSeconds(36_000)));
        store.saveSession(new SessionRecord("h3", "b1", "csrf-3", NOW, NOW.minusSeconds(3600), NOW.plusSeconds(60)));
        assertEquals("csrf-1", store.session("h1").orElseThrow().csrfToken());
        store.touchSession("h1", NOW.plusSeconds(120));
        assertEquals(NOW.plusSeconds(120), store.session("h1").orElseThrow().lastSeen());

        assertEquals(1, store.deleteEnded(NOW.minusSeconds(1800), NOW), "the idle one of bent");
        assertTrue(store.session("h3").isEmpty());
        assertEquals(1, store.deleteSessionsOf("a1", "h1"), "all of anne's but the one kept");
        assertTrue(store.session("h1").isPresent());
        store.deleteSession("h1");
        assertTrue(store.session("h1").isEmpty());
    }
}
