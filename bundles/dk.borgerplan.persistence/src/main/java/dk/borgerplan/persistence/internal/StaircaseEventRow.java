package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StaircaseEvent;

/** One change in a staircase's history. */
@Embeddable
public class StaircaseEventRow {

    @Column(name = "KIND", length = 20, nullable = false)
    private String kind;

    @Column(name = "SUB_GOAL_ID", length = 36)
    private String subGoalId;

    @Column(name = "BY_ACTOR", length = 100, nullable = false)
    private String by;

    @Column(name = "AT_TIME", nullable = false)
    private Instant at;

    protected StaircaseEventRow() {
    }

    StaircaseEventRow(StaircaseEvent event) {
        this.kind = event.kind().name();
        this.subGoalId = event.subGoalId();
        this.by = event.stamp().by();
        this.at = event.stamp().at();
    }

    StaircaseEvent toEvent() {
        return new StaircaseEvent(StaircaseEvent.Kind.valueOf(kind), subGoalId, new Stamp(by, at));
    }
}
