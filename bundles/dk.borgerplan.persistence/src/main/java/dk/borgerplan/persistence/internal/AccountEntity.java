package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.accounts.spi.AccountRecord;

/** A user account; the username is unique, the password kept only as its Argon2id hash. */
@Entity
@Table(name = "USER_ACCOUNT", uniqueConstraints = @UniqueConstraint(name = "USER_ACCOUNT_USERNAME",
        columnNames = "USERNAME"))
public class AccountEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "USERNAME", length = 64, nullable = false)
    private String username;

    @Column(name = "DISPLAY_NAME", length = 200, nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACCOUNT_ROLE", length = 30, nullable = false)
    private Role role;

    @Column(name = "ORGANISATION", length = 300)
    private String organisation;

    @Column(name = "CHANGE_REQUIRED", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant created;

    @Column(name = "PASSWORD_HASH", length = 200, nullable = false)
    private String passwordHash;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected AccountEntity() {
    }

    AccountEntity(AccountRecord record) {
        Account account = record.account();
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.organisation = account.organisation();
        this.created = account.created();
        apply(record);
    }

    void apply(AccountRecord record) {
        this.passwordChangeRequired = record.account().passwordChangeRequired();
        this.passwordHash = record.passwordHash();
        this.failedLogins = record.failedLogins();
        this.lockedUntil = record.lockedUntil();
    }

    long version() {
        return version;
    }

    AccountRecord toRecord() {
        return new AccountRecord(new Account(id, username, displayName, role, organisation, passwordChangeRequired,
                created), passwordHash, failedLogins, lockedUntil, version);
    }
}
