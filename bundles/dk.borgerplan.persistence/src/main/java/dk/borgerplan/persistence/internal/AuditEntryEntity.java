package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import dk.borgerplan.audit.AccessAction;
import dk.borgerplan.audit.AccessEvent;
import dk.borgerplan.audit.AccessOutcome;
import dk.borgerplan.audit.AuditEntry;

/**
 * One audit entry. The sequence number is the primary key, so that two writers (threads or nodes) can never both
 * append the same number: the second gets a key violation and reads the head again. There is no version column and
 * no update: entries are inserted and, past retention, deleted.
 */
@Entity
@Table(name = "AUDIT_ENTRY", indexes = { @Index(name = "AUDIT_ENTRY_CITIZEN", columnList = "CITIZEN_ID"),
        @Index(name = "AUDIT_ENTRY_AT", columnList = "ACCESSED_AT") })
public class AuditEntryEntity {

    @Id
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "ACCESSED_AT", nullable = false)
    private Instant at;

    @Column(name = "ACCOUNT", length = 200, nullable = false)
    private String account;

    @Column(name = "ACCOUNT_ROLE", length = 50, nullable = false)
    private String role;

    @Column(name = "ORGANISATION", length = 300)
    private String organisation;

    @Column(name = "CITIZEN_ID", length = 36)
    private String citizenId;

    @Column(name = "RESOURCE_PATH", length = 500, nullable = false)
    private String resource;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACCESS_ACTION", length = 20, nullable = false)
    private AccessAction action;

    @Column(name = "PURPOSE", length = 200, nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 20, nullable = false)
    private AccessOutcome outcome;

    @Column(name = "PREVIOUS_HASH", length = 64, nullable = false)
    private String previousHash;

    @Column(name = "HASH", length = 64, nullable = false)
    private String hash;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(AuditEntry entry) {
        AccessEvent event = entry.event();
        this.sequence = entry.sequence();
        this.at = event.at();
        this.account = event.account();
        this.role = event.role();
        this.organisation = event.organisation();
        this.citizenId = event.citizenId();
        this.resource = event.resource();
        this.action = event.action();
        this.purpose = event.purpose();
        this.outcome = event.outcome();
        this.previousHash = entry.previousHash();
        this.hash = entry.hash();
    }

    AuditEntry toEntry() {
        return new AuditEntry(sequence, new AccessEvent(at, account, role, organisation, citizenId, resource, action,
                purpose, outcome), previousHash, hash);
    }

    long sequence() {
        return sequence;
    }
}
