package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Stamp;

@Entity
@Table(name = "CITIZEN", indexes = @Index(name = "CITIZEN_NAME", columnList = "NAME"))
public class CitizenEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

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

    protected CitizenEntity() {
    }

    CitizenEntity(Citizen citizen) {
        this.id = citizen.id();
        this.name = citizen.name();
        this.createdBy = citizen.created().by();
        this.createdAt = citizen.created().at();
        this.updatedBy = citizen.updated().by();
        this.updatedAt = citizen.updated().at();
    }

    Citizen toCitizen() {
        return new Citizen(id, name, version, new Stamp(createdBy, createdAt), new Stamp(updatedBy, updatedAt));
    }
}
