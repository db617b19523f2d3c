package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.Score;

/** One goal of a plan, stored with the scale id and version of each score. */
@Embeddable
public class GoalRow {

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Column(name = "TEXT", length = 2000, nullable = false)
    private String text;

    @Column(name = "CURRENT_SCALE", length = 40, nullable = false)
    private String currentScale;

    @Column(name = "CURRENT_SCALE_VERSION", length = 20, nullable = false)
    private String currentScaleVersion;

    @Column(name = "CURRENT_VALUE", nullable = false)
    private int currentValue;

    @Column(name = "EXPECTED_SCALE", length = 40, nullable = false)
    private String expectedScale;

    @Column(name = "EXPECTED_SCALE_VERSION", length = 20, nullable = false)
    private String expectedScaleVersion;

    @Column(name = "EXPECTED_VALUE", nullable = false)
    private int expectedValue;

    protected GoalRow() {
    }

    GoalRow(Goal goal) {
        this.number = goal.number();
        this.text = goal.text();
        this.currentScale = goal.currentScore().scale();
        this.currentScaleVersion = goal.currentScore().scaleVersion();
        this.currentValue = goal.currentScore().value();
        this.expectedScale = goal.expectedScore().scale();
        this.expectedScaleVersion = goal.expectedScore().scaleVersion();
        this.expectedValue = goal.expectedScore().value();
    }

    int number() {
        return number;
    }

    Goal toGoal() {
        return new Goal(number, text, new Score(currentScale, currentScaleVersion, currentValue),
                new Score(expectedScale, expectedScaleVersion, expectedValue));
    }
}
