package dk.borgerplan.persistence.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.themes.ThemeRef;

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

    // The citizen's own current score, when it was given (on the current score's scale).
    @Column(name = "CITIZEN_SCALE", length = 40)
    private String citizenScale;

    @Column(name = "CITIZEN_SCALE_VERSION", length = 20)
    private String citizenScaleVersion;

    @Column(name = "CITIZEN_VALUE")
    private Integer citizenValue;

    @Column(name = "DISAGREEMENT_NOTE", length = 2000)
    private String disagreementNote;

    @Column(name = "SMART_SPECIFIC", length = 2000)
    private String smartSpecific;

    @Column(name = "SMART_MEASURABLE", length = 2000)
    private String smartMeasurable;

    @Column(name = "SMART_ACCEPTED", length = 2000)
    private String smartAccepted;

    @Column(name = "SMART_REALISTIC", length = 2000)
    private String smartRealistic;

    @Column(name = "SMART_TIME_BOUND", length = 2000)
    private String smartTimeBound;

    @Column(name = "DELIMITATION", length = 2000)
    private String delimitation;

    // Themes are stored as system + version + code + the label they had (DOMAIN.md).
    @Column(name = "PRIMARY_THEME_SYSTEM", length = 100)
    private String primaryThemeSystem;

    @Column(name = "PRIMARY_THEME_VERSION", length = 40)
    private String primaryThemeVersion;

    @Column(name = "PRIMARY_THEME_CODE", length = 100)
    private String primaryThemeCode;

    @Column(name = "PRIMARY_THEME_LABEL", length = 200)
    private String primaryThemeLabel;

    @Column(name = "SECONDARY_THEME_SYSTEM", length = 100)
    private String secondaryThemeSystem;

    @Column(name = "SECONDARY_THEME_VERSION", length = 40)
    private String secondaryThemeVersion;

    @Column(name = "SECONDARY_THEME_CODE", length = 100)
    private String secondaryThemeCode;

    @Column(name = "SECONDARY_THEME_LABEL", length = 200)
    private String secondaryThemeLabel;

    /** Icon concept ids, comma-separated in the order placed. */
    @Column(name = "ICONS", length = 1000, nullable = false)
    private String icons;

    @Column(name = "GOAL_TYPE", length = 20, nullable = false)
    private String goalType;

    @Column(name = "STATUS", length = 20, nullable = false)
    private String status;

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
        if (goal.citizenScore() != null) {
            this.citizenScale = goal.citizenScore().scale();
            this.citizenScaleVersion = goal.citizenScore().scaleVersion();
            this.citizenValue = goal.citizenScore().value();
        }
        this.disagreementNote = goal.disagreementNote();
        if (goal.smart() != null) {
            this.smartSpecific = goal.smart().specific();
            this.smartMeasurable = goal.smart().measurable();
            this.smartAccepted = goal.smart().accepted();
            this.smartRealistic = goal.smart().realistic();
            this.smartTimeBound = goal.smart().timeBound();
        }
        this.delimitation = goal.delimitation();
        if (goal.primaryTheme() != null) {
            this.primaryThemeSystem = goal.primaryTheme().ref().system();
            this.primaryThemeVersion = goal.primaryTheme().ref().version();
            this.primaryThemeCode = goal.primaryTheme().ref().code();
            this.primaryThemeLabel = goal.primaryTheme().label();
        }
        if (goal.secondaryTheme() != null) {
            this.secondaryThemeSystem = goal.secondaryTheme().ref().system();
            this.secondaryThemeVersion = goal.secondaryTheme().ref().version();
            this.secondaryThemeCode = goal.secondaryTheme().ref().code();
            this.secondaryThemeLabel = goal.secondaryTheme().label();
        }
        this.icons = String.join(",", goal.icons());
        this.goalType = goal.type().name();
        this.status = goal.status().name();
    }

    int number() {
        return number;
    }

    Goal toGoal() {
        Smart smart = smartSpecific == null && smartMeasurable == null && smartAccepted == null
                && smartRealistic == null && smartTimeBound == null ? null
                        : new Smart(smartSpecific, smartMeasurable, smartAccepted, smartRealistic, smartTimeBound);
        return new Goal(number, text, smart, delimitation,
                theme(primaryThemeSystem, primaryThemeVersion, primaryThemeCode, primaryThemeLabel),
                theme(secondaryThemeSystem, secondaryThemeVersion, secondaryThemeCode, secondaryThemeLabel),
                icons.isEmpty() ? List.of() : List.of(icons.split(",")), GoalType.valueOf(goalType),
                new Score(currentScale, currentScaleVersion, currentValue),
                new Score(expectedScale, expectedScaleVersion, expectedValue),
                citizenValue == null ? null : new Score(citizenScale, citizenScaleVersion, citizenValue),
                disagreementNote, GoalStatus.valueOf(status));
    }

    private static ThemeUse theme(String system, String version, String code, String label) {
        return system == null ? null : new ThemeUse(new ThemeRef(system, version, code), label);
    }
}
