package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;

/**
 * One step (delmål) of a goal's staircase, in its place. The place is stored in the row as well as in the order
 * column: EclipseLink compares an element collection's rows by value, and a reorder of unchanged rows was otherwise
 * not written.
 */
@Embeddable
public class SubGoalRow {

    @Column(name = "PLACE", nullable = false)
    private int place;

    @Column(name = "SUB_GOAL_ID", length = 36, nullable = false)
    private String subGoalId;

    @Column(name = "TEXT", length = 2000, nullable = false)
    private String text;

    @Column(name = "STATUS", length = 20, nullable = false)
    private String status;

    @Column(name = "REPLACED_BY", length = 36)
    private String replacedBy;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CLOSED_BY", length = 100)
    private String closedBy;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    protected SubGoalRow() {
    }

    SubGoalRow(SubGoal step, int place) {
        this.place = place;
        this.subGoalId = step.id();
        this.text = step.text();
        this.status = step.status().name();
        this.replacedBy = step.replacedBy();
        this.createdBy = step.created().by();
        this.createdAt = step.created().at();
        this.closedBy = step.closed() == null ? null : step.closed().by();
        this.closedAt = step.closed() == null ? null : step.closed().at();
    }

    SubGoal toSubGoal() {
        return new SubGoal(subGoalId, text, SubGoalStatus.valueOf(status), replacedBy, new Stamp(createdBy, createdAt),
                closedBy == null ? null : new Stamp(closedBy, closedAt));
    }
}
