package dk.borgerplan.persistence.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.PlanCycle;

@Entity
@Table(name = "PLAN_CYCLE", indexes = @Index(name = "CYCLE_CITIZEN", columnList = "CITIZEN_ID"),
        uniqueConstraints = @UniqueConstraint(name = "CYCLE_NUMBER", columnNames = { "CITIZEN_ID", "NUMBER" }))
public class CycleEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CITIZEN_ID", length = 36, nullable = false)
    private String citizenId;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Column(name = "STAGE", length = 20, nullable = false)
    private String stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLAN_CYCLE_TRANSITION", joinColumns = @JoinColumn(name = "CYCLE_ID"))
    @OrderColumn(name = "POSITION")
    private List<TransitionRow> history = new ArrayList<>();

    protected CycleEntity() {
    }

    CycleEntity(PlanCycle cycle) {
        this.id = cycle.id();
        this.citizenId = cycle.citizenId();
        this.number = cycle.number();
        stampCreated(cycle.created());
        apply(cycle);
    }

    /** A transition changes the stage, adds to the history and stamps the change. */
    void apply(PlanCycle cycle) {
        this.stage = cycle.stage().name();
        this.history = new ArrayList<>(cycle.history().stream().map(TransitionRow::new).toList());
        stampUpdated(cycle.updated());
    }

    PlanCycle toCycle() {
        return new PlanCycle(id, citizenId, number, CycleStage.valueOf(stage),
                history.stream().map(TransitionRow::toTransition).toList(), version(), created(),
                updated());
    }
}
