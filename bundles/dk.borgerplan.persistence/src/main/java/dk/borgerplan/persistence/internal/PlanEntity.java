package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Stamp;

@Entity
@Table(name = "PLAN", indexes = @Index(name = "PLAN_CITIZEN", columnList = "CITIZEN_ID"))
public class PlanEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CITIZEN_ID", length = 36, nullable = false)
    private String citizenId;

    @Column(name = "PURPOSE", length = 4000, nullable = false)
    private String purpose;

    // Goals are always read with their plan; eager because weaving is off (STACK.md trap 3).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLAN_GOAL", joinColumns = @JoinColumn(name = "PLAN_ID"))
    private List<GoalRow> goals = new ArrayList<>();

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

    protected PlanEntity() {
    }

    PlanEntity(Plan plan) {
        this.id = plan.id();
        this.citizenId = plan.citizenId();
        this.createdBy = plan.created().by();
        this.createdAt = plan.created().at();
        apply(plan);
    }

    long version() {
        return version;
    }

    /** Takes over what a change may change: purpose, goals and the update stamp. */
    void apply(Plan plan) {
        this.purpose = plan.purpose();
        this.goals = new ArrayList<>(plan.goals().stream().map(GoalRow::new).toList());
        this.updatedBy = plan.updated().by();
        this.updatedAt = plan.updated().at();
    }

    Plan toPlan() {
        return new Plan(id, citizenId, purpose,
                goals.stream().sorted(Comparator.comparingInt(GoalRow::number)).map(GoalRow::toGoal).toList(),
                version, new Stamp(createdBy, createdAt), new Stamp(updatedBy, updatedAt));
    }
}
