package dk.borgerplan.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.AccountRefusal;
import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.accounts.CreatedAccount;
import dk.borgerplan.accounts.LoginResult;
import dk.borgerplan.accounts.NewAccount;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.accounts.SignedIn;
import dk.borgerplan.accounts.spi.AccountRecord;
import dk.borgerplan.accounts.spi.AccountStore;
import dk.borgerplan.accounts.spi.SessionRecord;
import dk.borgerplan.audit.AccessAction;
import dk.borgerplan.audit.AccessEvent;
import dk.borgerplan.audit.AccessOutcome;
import dk.borgerplan.audit.AuditLog;
import dk.borgerplan.platform.Text;

/**
 * The built-in accounts: Argon2id passwords, lockout of an account after failed logins in a row and of a client
 * address after failures across accounts, sessions stored by the hash of their token with idle and absolute
 * timeouts. On the first start of a distribution with no accounts it makes the administrator {@code admin} with a
 * one-time password, printed once to the console.
 */
@Component(service = AccountService.class, configurationPid = "dk.borgerplan.accounts")
@Designate(ocd = AccountsConfig.class)
public class BuiltInAccounts implements AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltInAccounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final String FIRST_ADMINISTRATOR = "admin";
    private static final String RESOURCE = "POST /api/session";
    /** Touching a session on every request would be a write per request; once a minute keeps idle time exact enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccountStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Passwords passwords;
    private final Duration idle;
    private final Duration absolute;
    private final int maxFailures;
    private final int maxClientFailures;
    private final Duration lockout;
    private final int minPasswordLength;
    /** A hash to check against when the username is unknown, so that a wrong name takes as long as a wrong password. */
    private final String unknownUserHash;
    private final Map<String, Deque<Instant>> clientFailures = new ConcurrentHashMap<>();

    @Activate
    public BuiltInAccounts(@Reference AccountStore store, @Reference AuditLog audit, AccountsConfig config) {
        this(store, audit, Clock.systemUTC(), config, new Passwords());
        firstAdministrator();
    }

    BuiltInAccounts(AccountStore store, AuditLog audit, Clock clock, AccountsConfig config, Passwords passwords) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.passwords = passwords;
        this.idle = Duration.ofMinutes(config.idleTimeoutMinutes());
        this.absolute = Duration.ofHours(config.absoluteTimeoutHours());
        this.maxFailures = config.maxFailedLogins();
        this.maxClientFailures = config.maxFailedLoginsPerClient();
        this.lockout = Duration.ofMinutes(config.lockoutMinutes());
        this.minPasswordLength = config.minPasswordLength();
        this.unknownUserHash = passwords.hash(passwords.oneTime());
    }

    /** Makes the first administrator if there is no account at all, and shows its one-time password once. */
    void firstAdministrator() {
        if (!store.accounts().isEmpty()) {
            return;
        }
        String password = passwords.oneTime();
        Account account = new Account(UUID.randomUUID().toString(), FIRST_ADMINISTRATOR, "Administrator",
                Role.ADMINISTRATOR, null, true, clock.instant());
        if (store.insert(new AccountRecord(account, passwords.hash(password), 0, null, 0))) {
            // The console only, never the log: the one place the password is ever shown.
            System.out.println("""

                    Borgerplan: første start. Administratorkontoen "admin" er oprettet med engangsadgangskoden
                        %s
                    Den vises ikke igen. Log ind og vælg din egen adgangskode.
                    First start: the administrator account "admin" was created with the one-time password above.
                    """.formatted(password));
            LOG.info("First start: the administrator account was created; its one-time password is on the console");
        }
    }

    @Override
    public CreatedAccount create(String byAccountId, NewAccount draft) {
        String username = draft.username() == null ? "" : draft.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountRefusal("username", "usernameFormat", Text.of(
                    "Brugernavnet skal være 2–64 tegn: små bogstaver, tal, punktum, bindestreg eller understregning",
                    "The username must be 2–64 characters: lower-case letters, digits, dot, dash or underscore"));
        }
        if (draft.displayName() == null || draft.displayName().isBlank() || draft.displayName().length() > 200) {
            throw new AccountRefusal("displayName", "required", Text.of("Skriv brugerens navn (højst 200 tegn)",
                    "Write the user's name (at most 200 characters)"));
        }
        if (draft.role() == null) {
            throw new AccountRefusal("role", "required", Text.of("Vælg en rolle", "Choose a role"));
        }
        if (draft.organisation() != null && draft.organisation().length() > 300) {
            throw new AccountRefusal("organisation", "tooLong", Text.of("Højst 300 tegn", "At most 300 characters"));
        }
        String password = passwords.oneTime();
        Account account = new Account(UUID.randomUUID().toString(), username, draft.displayName().trim(),
                draft.role(), blankToNull(draft.organisation()), true, clock.instant());
        if (!store.insert(new AccountRecord(account, passwords.hash(password), 0, null, 0))) {
            throw new AccountRefusal("username", "usernameTaken", Text.of("Brugernavnet er i brug",
                    "The username is taken"));
        }
        LOG.info("Account {} created with role {} by {}", account.id(), account.role(), byAccountId);
        return new CreatedAccount(account, password);
    }

    @Override
    public List<Account> accounts() {
        return store.accounts().stream().map(AccountRecord::account).toList();
    }

    @Override
    public Optional<Account> find(String accountId) {
        return store.account(accountId).map(AccountRecord::account);
    }

    @Override
    public LoginResult logIn(String username, String password, String client) {
        Instant now = clock.instant();
        store.deleteEnded(now.minus(idle), now);
        Optional<Instant> clientLocked = clientLockedUntil(client, now);
        if (clientLocked.isPresent()) {
            logged(null, AccessOutcome.DENIED, "client-locked");
            return LoginResult.locked(clientLocked.get());
        }
        Optional<AccountRecord> found = username == null ? Optional.empty()
                : store.byUsername(username.trim().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, unknownUserHash);
            failedFrom(client, now);
            // Not the name typed: it may be a password typed in the wrong field.
            logged(null, AccessOutcome.DENIED, "unknown-user");
            return LoginResult.refused();
        }
        AccountRecord record = found.get();
        if (record.lockedUntil() != null && record.lockedUntil().isAfter(now)) {
            logged(record.account(), AccessOutcome.DENIED, "account-locked");
            return LoginResult.locked(record.lockedUntil());
        }
        if (!passwords.matches(password == null ? "" : password, record.passwordHash())) {
            failedFrom(client, now);
            AccountRecord failed = change(record.account().id(), r -> {
                int failures = r.failedLogins() + 1;
                return r.withFailures(failures, failures >= maxFailures ? now.plus(lockout) : null);
            });
            logged(record.account(), AccessOutcome.DENIED, "wrong-password");
            LOG.warn("Failed login for account {}: {} in a row", record.account().id(), failed.failedLogins());
            if (failed.lockedUntil() != null) {
                LOG.warn("Account {} locked until {} after {} failed logins", record.account().id(),
                        failed.lockedUntil(), failed.failedLogins());
                return LoginResult.locked(failed.lockedUntil());
            }
            return LoginResult.refused();
        }
        if (record.failedLogins() > 0 || record.lockedUntil() != null) {
            change(record.account().id(), r -> r.withFailures(0, null));
        }
        String token = passwords.token();
        String csrf = passwords.token();
        Instant expires = now.plus(absolute);
        store.saveSession(new SessionRecord(Passwords.sha256(token), record.account().id(), csrf, now, now, expires));
        logged(record.account(), AccessOutcome.ALLOWED, "login");
        return new LoginResult(LoginResult.Outcome.SIGNED_IN, new SignedIn(record.account(), csrf, now, expires),
                token, null);
    }

    @Override
    public LoginResult logInVerified(String username, String provider, String client) {
        Instant now = clock.instant();
        store.deleteEnded(now.minus(idle), now);
        Optional<AccountRecord> found = username == null ? Optional.empty()
                : store.byUsername(username.trim().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            logged(null, AccessOutcome.DENIED, "unknown-user:" + provider);
            return LoginResult.refused();
        }
        AccountRecord record = found.get();
        if (record.lockedUntil() != null && record.lockedUntil().isAfter(now)) {
            logged(record.account(), AccessOutcome.DENIED, "account-locked:" + provider);
            return LoginResult.locked(record.lockedUntil());
        }
        if (record.account().passwordChangeRequired()) {
            // The one-time password is never to be used now: replaced by a hash of a secret nobody knows.
            record = change(record.account().id(), r -> r.withPassword(passwords.hash(passwords.token()), false));
        }
        String token = passwords.token();
        String csrf = passwords.token();
        Instant expires = now.plus(absolute);
        store.saveSession(new SessionRecord(Passwords.sha256(token), record.account().id(), csrf, now, now, expires));
        logged(record.account(), AccessOutcome.ALLOWED, "login:" + provider);
        return new LoginResult(LoginResult.Outcome.SIGNED_IN, new SignedIn(record.account(), csrf, now, expires),
                token, null);
    }

    @Override
    public Optional<SignedIn> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Passwords.sha256(token);
        Optional<SessionRecord> found = store.session(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionRecord session = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(session.expires()) || !now.isBefore(session.lastSeen().plus(idle))) {
            store.deleteSession(hash);
            return Optional.empty();
        }
        Optional<Account> account = find(session.accountId());
        if (account.isEmpty()) {
            store.deleteSession(hash);
            return Optional.empty();
        }
        if (Duration.between(session.lastSeen(), now).compareTo(TOUCH_EVERY) >= 0) {
            store.touchSession(hash, now);
        }
        return Optional.of(new SignedIn(account.get(), session.csrfToken(), session.created(), session.expires()));
    }

    @Override
    public void logOut(String token) {
        if (token != null && !token.isBlank()) {
            store.deleteSession(Passwords.sha256(token));
        }
    }

    @Override
    public int logOutEverywhere(String accountId) {
        return store.deleteSessionsOf(accountId, null);
    }

    @Override
    public void changePassword(String accountId, String currentPassword, String newPassword, String keepToken) {
        AccountRecord record = store.account(accountId).orElseThrow(() -> new AccountRefusal("account", "unknown",
                Text.of("Kontoen findes ikke", "The account does not exist")));
        if (!passwords.matches(currentPassword == null ? "" : currentPassword, record.passwordHash())) {
            throw new AccountRefusal("currentPassword", "wrongPassword", Text.of("Den nuværende adgangskode er forkert",
                    "The current password is wrong"));
        }
        if (newPassword == null || newPassword.length() < minPasswordLength || newPassword.length() > 200) {
            throw new AccountRefusal("newPassword", "passwordLength", Text.of(
                    "Adgangskoden skal være mindst " + minPasswordLength + " tegn (højst 200)",
                    "The password must be at least " + minPasswordLength + " characters (at most 200)"));
        }
        if (newPassword.equals(currentPassword) || newPassword.equalsIgnoreCase(record.account().username())) {
            throw new AccountRefusal("newPassword", "passwordReused", Text.of(
                    "Vælg en ny adgangskode, som ikke er den gamle eller dit brugernavn",
                    "Choose a new password that is neither the old one nor your username"));
        }
        String hash = passwords.hash(newPassword);
        change(accountId, r -> r.withPassword(hash, false));
        store.deleteSessionsOf(accountId, keepToken == null ? null : Passwords.sha256(keepToken));
        LOG.info("Account {} changed its password; its other sessions were ended", accountId);
    }

    @Override
    public CreatedAccount resetPassword(String byAccountId, String accountId) {
        String password = passwords.oneTime();
        String hash = passwords.hash(password);
        AccountRecord changed = change(accountId, r -> r.withPassword(hash, true));
        store.deleteSessionsOf(accountId, null);
        LOG.info("Account {} got a new one-time password from {}", accountId, byAccountId);
        return new CreatedAccount(changed.account(), password);
    }

    /** Applies a change to the newest version of an account, again if another node changed it meanwhile. */
    private AccountRecord change(String accountId, UnaryOperator<AccountRecord> change) {
        for (int attempt = 0; attempt < 20; attempt++) {
            AccountRecord current = store.account(accountId).orElseThrow(() -> new AccountRefusal("account",
                    "unknown", Text.of("Kontoen findes ikke", "The account does not exist")));
            AccountRecord changed = change.apply(current);
            if (store.update(changed)) {
                return store.account(accountId).orElse(changed);
            }
        }
        throw new IllegalStateException("Account " + accountId + " kept changing under us");
    }

    private Optional<Instant> clientLockedUntil(String client, Instant now) {
        Deque<Instant> failures = clientFailures.get(client == null ? "" : client);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(lockout))) {
                failures.pollFirst();
            }
            return failures.size() >= maxClientFailures ? Optional.of(failures.peekLast().plus(lockout))
                    : Optional.empty();
        }
    }

    private void failedFrom(String client, Instant now) {
        Deque<Instant> failures = clientFailures.computeIfAbsent(client == null ? "" : client,
                c -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(now);
            if (failures.size() == maxClientFailures) {
                LOG.warn("Client {} locked out for {} minutes after {} failed logins", client, lockout.toMinutes(),
                        failures.size());
            }
            while (failures.size() > maxClientFailures) {
                failures.pollFirst();
            }
        }
    }

    private void logged(Account account, AccessOutcome outcome, String purpose) {
        audit.record(new AccessEvent(clock.instant(), account == null ? "unknown" : account.id(),
                account == null ? "unknown" : account.role().name().toLowerCase(Locale.ROOT),
                account == null ? null : account.organisation(), null, RESOURCE, AccessAction.LOGIN, purpose,
                outcome));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
