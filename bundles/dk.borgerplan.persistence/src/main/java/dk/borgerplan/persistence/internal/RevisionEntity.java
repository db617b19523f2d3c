package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A closed revision of a plan, kept whole as it was when a change after approval replaced it. Stored as a JSON
 * snapshot: it is read back as a whole and never queried by its parts.
 */
@Entity
@Table(name = "PLAN_REVISION", indexes = @Index(name = "REVISION_PLAN", columnList = "PLAN_ID"))
public class RevisionEntity {

    @Id
    @Column(name = "ID", length = 50)
    private String id;

    @Column(name = "PLAN_ID", length = 36, nullable = false)
    private String planId;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Lob
    @Column(name = "SNAPSHOT", nullable = false)
    private String snapshot;

    protected RevisionEntity() {
    }

    RevisionEntity(String planId, int revision, String snapshot) {
        this.id = planId + ":" + revision;
        this.planId = planId;
        this.revision = revision;
        this.snapshot = snapshot;
    }

    String snapshot() {
        return snapshot;
    }
}
