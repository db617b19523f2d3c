package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import dk.borgerplan.plan.Stamp;

/**
 * What every stored aggregate has: an optimistic-locking version, and who created and last changed it, when.
 */
@MappedSuperclass
public abstract class StampedEntity {

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected void stampCreated(Stamp created) {
        this.createdBy = created.by();
        this.createdAt = created.at();
    }

    protected void stampUpdated(Stamp updated) {
        this.updatedBy = updated.by();
        this.updatedAt = updated.at();
    }

    long version() {
        return version;
    }

    Stamp created() {
        return new Stamp(createdBy, createdAt);
    }

    Stamp updated() {
        return new Stamp(updatedBy, updatedAt);
    }
}
