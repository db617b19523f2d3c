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

import dk.borgerplan.plan.GoalStaircase;

/**
 * A goal's staircase (måltrappen), keyed by the goal's id: one per goal, so a concurrent first insert hits the
 * primary key. Steps and history are element collections in their order, eager on purpose (weaving is off).
 */
@Entity
@Table(name = "GOAL_STAIRCASE", indexes = @Index(name = "STAIRCASE_PLAN", columnList = "PLAN_ID"))
public class StaircaseEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String goalId;

    @Column(name = "PLAN_ID", length = 36, nullable = false)
    private String planId;

    @Column(name = "OVERALL_GOAL", length = 2000)
    private String overallGoal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAIRCASE_STEP", joinColumns = @JoinColumn(name = "STAIRCASE_ID"))
    @OrderColumn(name = "POSITION")
    private List<SubGoalRow> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAIRCASE_EVENT", joinColumns = @JoinColumn(name = "STAIRCASE_ID"))
    @OrderColumn(name = "POSITION")
    private List<StaircaseEventRow> history = new ArrayList<>();

    protected StaircaseEntity() {
    }

    StaircaseEntity(GoalStaircase staircase) {
        this.goalId = staircase.goalId();
        stampCreated(staircase.created());
        apply(staircase);
    }

    /** A change replaces the overall goal, the steps and the history, and stamps the change. */
    void apply(GoalStaircase staircase) {
        this.planId = staircase.planId();
        this.overallGoal = staircase.overallGoal();
        List<SubGoalRow> rows = new ArrayList<>();
        for (int i = 0; i < staircase.steps().size(); i++) {
            rows.add(new SubGoalRow(staircase.steps().get(i), i + 1));
        }
        this.steps = rows;
        this.history = new ArrayList<>(staircase.history().stream().map(StaircaseEventRow::new).toList());
        stampUpdated(staircase.updated());
    }

    GoalStaircase toStaircase() {
        return new GoalStaircase(goalId, planId, overallGoal, steps.stream().map(SubGoalRow::toSubGoal).toList(),
                history.stream().map(StaircaseEventRow::toEvent).toList(), version(), created(), updated());
    }
}
