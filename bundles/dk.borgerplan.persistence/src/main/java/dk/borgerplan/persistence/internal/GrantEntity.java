package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.access.Part;

/** A relationship between a citizen and a user or a team, by which access to the citizen's data is decided. */
@Entity
@Table(name = "ACCESS_GRANT", indexes = { @Index(name = "ACCESS_GRANT_CITIZEN", columnList = "CITIZEN_ID"),
        @Index(name = "ACCESS_GRANT_ACCOUNT", columnList = "ACCOUNT_ID"),
        @Index(name = "ACCESS_GRANT_TEAM", columnList = "TEAM") })
public class GrantEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CITIZEN_ID", length = 36, nullable = false)
    private String citizenId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 30, nullable = false)
    private GrantKind kind;

    @Column(name = "ACCOUNT_ID", length = 36)
    private String accountId;

    @Column(name = "TEAM", length = 100)
    private String team;

    @Column(name = "MEETING_ID", length = 36)
    private String meetingId;

    /** The parts a consent covers, comma-separated. */
    @Column(name = "PARTS", length = 200)
    private String parts;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    @Column(name = "GRANTED_BY", length = 36, nullable = false)
    private String grantedBy;

    @Column(name = "GRANTED_AT", nullable = false)
    private Instant grantedAt;

    protected GrantEntity() {
    }

    GrantEntity(Grant grant) {
        this.id = grant.id();
        this.citizenId = grant.citizenId();
        this.kind = grant.kind();
        this.accountId = grant.accountId();
        this.team = grant.team();
        this.meetingId = grant.preparationMeetingId();
        this.parts = grant.parts().isEmpty() ? null
                : grant.parts().stream().map(Part::name).sorted().collect(Collectors.joining(","));
        this.validUntil = grant.validUntil();
        this.grantedBy = grant.grantedBy();
        this.grantedAt = grant.grantedAt();
    }

    Grant toGrant() {
        Set<Part> covered = parts == null || parts.isEmpty() ? Set.of()
                : Arrays.stream(parts.split(",")).map(Part::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Part.class)));
        return new Grant(id, citizenId, kind, accountId, team, meetingId, covered, validUntil, grantedBy, grantedAt);
    }
}
