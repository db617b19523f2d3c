package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.CycleTransition;
import dk.borgerplan.plan.Stamp;

/** One transition in a cycle's history. */
@Embeddable
public class TransitionRow {

    @Column(name = "FROM_STAGE", length = 20)
    private String fromStage;

    @Column(name = "TO_STAGE", length = 20, nullable = false)
    private String toStage;

    @Column(name = "BY_ACTOR", length = 100, nullable = false)
    private String by;

    @Column(name = "AT_TIME", nullable = false)
    private Instant at;

    protected TransitionRow() {
    }

    TransitionRow(CycleTransition transition) {
        this.fromStage = transition.from() == null ? null : transition.from().name();
        this.toStage = transition.to().name();
        this.by = transition.stamp().by();
        this.at = transition.stamp().at();
    }

    CycleTransition toTransition() {
        return new CycleTransition(fromStage == null ? null : CycleStage.valueOf(fromStage), CycleStage.valueOf(toStage),
                new Stamp(by, at));
    }
}
