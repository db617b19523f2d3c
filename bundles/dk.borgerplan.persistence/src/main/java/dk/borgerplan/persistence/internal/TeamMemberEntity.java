package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** That an account belongs to a team, whose caseload its caseworker then reaches. */
@Entity
@Table(name = "TEAM_MEMBER", uniqueConstraints = @UniqueConstraint(name = "TEAM_MEMBER_ONCE",
        columnNames = { "ACCOUNT_ID", "TEAM" }), indexes = @Index(name = "TEAM_MEMBER_ACCOUNT",
                columnList = "ACCOUNT_ID"))
public class TeamMemberEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "ACCOUNT_ID", length = 36, nullable = false)
    private String accountId;

    @Column(name = "TEAM", length = 100, nullable = false)
    private String team;

    protected TeamMemberEntity() {
    }

    TeamMemberEntity(String id, String accountId, String team) {
        this.id = id;
        this.accountId = accountId;
        this.team = team;
    }

    String team() {
        return team;
    }
}
