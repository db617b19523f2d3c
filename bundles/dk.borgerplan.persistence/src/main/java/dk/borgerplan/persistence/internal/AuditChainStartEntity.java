package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.borgerplan.audit.spi.ChainStart;

/** The one row saying where the kept audit chain starts; written by retention only. */
@Entity
@Table(name = "AUDIT_CHAIN_START")
public class AuditChainStartEntity {

    static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id = ID;

    @Column(name = "FIRST_SEQ", nullable = false)
    private long firstSequence;

    @Column(name = "PREVIOUS_HASH", length = 64, nullable = false)
    private String previousHash;

    protected AuditChainStartEntity() {
    }

    AuditChainStartEntity(ChainStart start) {
        apply(start);
    }

    void apply(ChainStart start) {
        this.firstSequence = start.sequence();
        this.previousHash = start.previousHash();
    }

    ChainStart toStart() {
        return new ChainStart(firstSequence, previousHash);
    }
}
