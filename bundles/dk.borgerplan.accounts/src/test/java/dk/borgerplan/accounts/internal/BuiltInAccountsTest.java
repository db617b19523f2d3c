package dk.borgerplan.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.borgerplan.accounts.AccountRefusal;
import dk.borgerplan.accounts.CreatedAccount;
import dk.borgerplan.accounts.LoginResult;
import dk.borgerplan.accounts.NewAccount;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.accounts.SignedIn;
import dk.borgerplan.audit.AccessAction;
import dk.borgerplan.audit.AccessEvent;
import dk.borgerplan.audit.AccessOutcome;
import dk.borgerplan.audit.AuditEntry;
import dk.borgerplan.audit.AuditLog;
import dk.borgerplan.audit.ChainVerification;
import dk.borgerplan.audit.CitizenAccess;

class BuiltInAccountsTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Records what would be audited. */
    static final class Recorded implements AuditLog {
        final List<AccessEvent> events = new ArrayList<>();

        @Override
        public AuditEntry record(AccessEvent event) {
            events.add(event);
            return new AuditEntry(events.size(), event, "", "");
        }

        @Override
        public ChainVerification verify() {
            // Nothing is chained here: this double only records what the accounts would log.
            return new ChainVerification(true, events.size(), 1, 0, null, "");
        }

        @Override
        public List<CitizenAccess> accessesOf(String citizenId) {
            return List.of();
        }

        @Override
        public List<AuditEntry> latest(int limit) {
            return List.of();
        }
    }

    static AccountsConfig config() {
        return new AccountsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AccountsConfig.class;
            }

            @Override
            public int idleTimeoutMinutes() {
                return 30;
            }

            @Override
            public int absoluteTimeoutHours() {
                return 10;
            }

            @Override
            public int maxFailedLogins() {
                return 5;
            }

            @Override
            public int maxFailedLoginsPerClient() {
                return 20;
            }

            @Override
            public int lockoutMinutes() {
                return 15;
            }

            @Override
            public int minPasswordLength() {
                return 12;
            }
        };
    }

    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final Recorded audit = new Recorded();
    private final MovingClock clock = new MovingClock();
    // Small Argon2 parameters keep the test fast; PasswordsTest checks the real ones.
    private final BuiltInAccounts accounts = new BuiltInAccounts(store, audit, clock, config(), new Passwords(64, 1));

    private CreatedAccount caseworker() {
        return accounts.create("admin-id", new NewAccount("Anne.K", "Anne Kristensen", Role.CASEWORKER,
                "Randers Kommune, Handicap og Psykiatri"));
    }

    @Test
    void theFirstStartMakesOneAdministratorWithAOneTimePasswordShownOnceOnTheConsole() {
        PrintStream console = System.out;
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        System.setOut(new PrintStream(shown, true, StandardCharsets.UTF_8));
        try {
            accounts.firstAdministrator();
            accounts.firstAdministrator();
        } finally {
            System.setOut(console);
        }
        assertEquals(1, accounts.accounts().size(), "once");
        assertEquals(Role.ADMINISTRATOR, accounts.accounts().get(0).role());
        assertTrue(accounts.accounts().get(0).passwordChangeRequired());
        Matcher password = Pattern.compile("engangsadgangskoden\\s+(\\S{16})").matcher(shown.toString(StandardCharsets.UTF_8));
        assertTrue(password.find(), shown.toString(StandardCharsets.UTF_8));
        assertEquals(LoginResult.Outcome.SIGNED_IN, accounts.logIn("admin", password.group(1), "127.0.0.1").outcome());
        assertFalse(store.accounts.values().iterator().next().passwordHash().contains(password.group(1)),
                "only a hash is stored");
    }

    @Test
    void aNewAccountLogsInWithItsOneTimePasswordAndMustChooseItsOwn() {
        CreatedAccount created = caseworker();
        assertEquals("anne.k", created.account().username(), "usernames are lower case");
        LoginResult login = accounts.logIn("ANNE.K", created.oneTimePassword(), "10.0.0.1");
        assertEquals(LoginResult.Outcome.SIGNED_IN, login.outcome());
        assertTrue(login.session().account().passwordChangeRequired());
        SignedIn session = accounts.session(login.token()).orElseThrow();
        assertEquals(created.account().id(), session.account().id());
        assertNotEquals(login.token(), session.csrfToken());

        AccountRefusal tooShort = assertThrows(AccountRefusal.class, () -> accounts.changePassword(
                created.account().id(), created.oneTimePassword(), "kort", login.token()));
        assertEquals("newPassword", tooShort.field());
        AccountRefusal wrong = assertThrows(AccountRefusal.class, () -> accounts.changePassword(
                created.account().id(), "forkert", "en lang ny adgangskode", login.token()));
        assertEquals("currentPassword", wrong.field());
        accounts.changePassword(created.account().id(), created.oneTimePassword(), "en lang ny adgangskode",
                login.token());
        assertFalse(accounts.session(login.token()).orElseThrow().account().passwordChangeRequired());
        assertEquals(LoginResult.Outcome.REFUSED, accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.1")
                .outcome(), "the one-time password is spent");
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutesAndAreAudited() {
        CreatedAccount created = caseworker();
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginResult.Outcome.REFUSED, accounts.logIn("anne.k", "gæt " + i, "10.0.0.2").outcome());
        }
        LoginResult fifth = accounts.logIn("anne.k", "gæt 5", "10.0.0.2");
        assertEquals(LoginResult.Outcome.LOCKED, fifth.outcome());
        assertEquals(clock.now.plus(Duration.ofMinutes(15)), fifth.lockedUntil());
        assertEquals(LoginResult.Outcome.LOCKED, accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.3")
                .outcome(), "even the right password, from anywhere");
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertEquals(LoginResult.Outcome.SIGNED_IN, accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.3")
                .outcome());
        assertEquals(0, store.byUsername("anne.k").orElseThrow().failedLogins(), "a success resets the count");

        List<AccessEvent> logins = audit.events.stream().filter(e -> e.action() == AccessAction.LOGIN).toList();
        assertEquals(7, logins.size());
        assertEquals(6, logins.stream().filter(e -> e.outcome() == AccessOutcome.DENIED).count());
        assertTrue(logins.stream().allMatch(e -> e.account().equals(created.account().id())));
        assertFalse(logins.toString().contains("gæt"), "no password in the audit log");
    }

    @Test
    void aClientThatTriesManyAccountsIsLockedOut() {
        caseworker();
        for (int i = 0; i < 20; i++) {
            accounts.logIn("bruger" + i, "gæt", "10.0.0.9");
        }
        assertEquals(LoginResult.Outcome.LOCKED, accounts.logIn("anne.k", "gæt", "10.0.0.9").outcome());
        assertEquals(LoginResult.Outcome.REFUSED, accounts.logIn("anne.k", "gæt", "10.0.0.10").outcome(),
                "another address is not locked");
        assertTrue(audit.events.stream().anyMatch(e -> e.account().equals("unknown")), "unknown names: not logged");
        assertFalse(audit.events.toString().contains("bruger1"));
    }

    @Test
    void aSessionEndsWhenIdleAndAtItsAbsoluteEndAndByLogout() {
        CreatedAccount created = caseworker();
        String token = accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.1").token();
        for (int i = 0; i < 20; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(29));
            assertTrue(accounts.session(token).isPresent(), "used every 29 minutes, it lives on: " + i);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(accounts.session(token).isEmpty(), "but not past 10 hours (20 × 29 min + 29 min)");

        String second = accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.1").token();
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(accounts.session(second).isEmpty(), "idle for 31 minutes");

        String third = accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.1").token();
        String fourth = accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.4").token();
        accounts.logOut(third);
        assertTrue(accounts.session(third).isEmpty());
        assertTrue(accounts.session(fourth).isPresent());
        assertEquals(1, accounts.logOutEverywhere(created.account().id()));
        assertTrue(accounts.session(fourth).isEmpty());
        assertTrue(accounts.session("not a token").isEmpty());
        assertTrue(store.sessions.keySet().stream().noneMatch(h -> h.equals(fourth)), "tokens are stored hashed");
    }

    @Test
    void usernamesAreCheckedAndUnique() {
        caseworker();
        assertEquals("username", assertThrows(AccountRefusal.class, () -> accounts.create("a",
                new NewAccount("anne.k", "Anden Anne", Role.CONTACT_PERSON, null))).field());
        assertEquals("usernameFormat", assertThrows(AccountRefusal.class, () -> accounts.create("a",
                new NewAccount("x y", "X", Role.CONTACT_PERSON, null))).rule());
        assertEquals("role", assertThrows(AccountRefusal.class, () -> accounts.create("a",
                new NewAccount("bent", "Bent", null, null))).field());
    }

    @Test
    void aResetGivesANewOneTimePasswordAndEndsTheSessions() {
        CreatedAccount created = caseworker();
        String token = accounts.logIn("anne.k", created.oneTimePassword(), "10.0.0.1").token();
        CreatedAccount reset = accounts.resetPassword("admin-id", created.account().id());
        assertTrue(accounts.session(token).isEmpty());
        assertTrue(reset.account().passwordChangeRequired());
        assertEquals(LoginResult.Outcome.SIGNED_IN, accounts.logIn("anne.k", reset.oneTimePassword(), "10.0.0.1")
                .outcome());
    }
}
