package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import dk.borgerplan.accounts.spi.SessionRecord;

/** A login session, by the SHA-256 of its token: in the database, so that every node sees the same sessions. */
@Entity
@Table(name = "USER_SESSION", indexes = @Index(name = "USER_SESSION_ACCOUNT", columnList = "ACCOUNT_ID"))
public class LoginSessionEntity {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "ACCOUNT_ID", length = 36, nullable = false)
    private String accountId;

    @Column(name = "CSRF_TOKEN", length = 64, nullable = false)
    private String csrfToken;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant created;

    @Column(name = "LAST_SEEN", nullable = false)
    private Instant lastSeen;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expires;

    protected LoginSessionEntity() {
    }

    LoginSessionEntity(SessionRecord record) {
        this.tokenHash = record.tokenHash();
        this.accountId = record.accountId();
        this.csrfToken = record.csrfToken();
        this.created = record.created();
        this.lastSeen = record.lastSeen();
        this.expires = record.expires();
    }

    void seen(Instant at) {
        this.lastSeen = at;
    }

    SessionRecord toRecord() {
        return new SessionRecord(tokenHash, accountId, csrfToken, created, lastSeen, expires);
    }
}
