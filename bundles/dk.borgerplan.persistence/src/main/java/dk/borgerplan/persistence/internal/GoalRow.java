package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalClosing;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.themes.ThemeRef;

/** One goal of a plan, stored with the scale id and version of each score. */
@Embeddable
public class GoalRow {

    // The goal's own id (kept across changes of the plan) and its lineage over cycles.
    @Column(name = "GOAL_ID", length = 36, nullable = false)
    private String goalId;

    @Column(name = "LINEAGE_ID", length = 36, nullable = false)
    private String lineageId;

    /** The ids of the offers that work on the goal, comma-separated; empty means all of the citizen's offers. */
    @Column(name = "OFFER_IDS", length = 2000, nullable = false)
    private String offerIds;

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

    // How the goal was closed (achieved or early), when it was.
    @Column(name = "CLOSING_REASON", length = 2000)
    private String closingReason;

    @Column(name = "CLOSING_AUTHORITY_CONTACTED")
    private Boolean closingAuthorityContacted;

    @Column(name = "CLOSED_BY", length = 100)
    private String closedBy;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    // Its status at the next plan meeting, once given.
    @Column(name = "REVIEW_SCALE", length = 40)
    private String reviewScale;

    @Column(name = "REVIEW_SCALE_VERSION", length = 20)
    private String reviewScaleVersion;

    @Column(name = "REVIEW_VALUE")
    private Integer reviewValue;

    @Column(name = "REVIEW_OUTCOME", length = 20)
    private String reviewOutcome;

    @Column(name = "REVIEW_NOTE", length = 2000)
    private String reviewNote;

    @Column(name = "REVIEWED_BY", length = 100)
    private String reviewedBy;

    @Column(name = "REVIEWED_AT")
    private Instant reviewedAt;

    protected GoalRow() {
    }

    GoalRow(Goal goal) {
        this.goalId = goal.id();
        this.lineageId = goal.lineageId();
        this.offerIds = String.join(",", goal.offerIds());
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
        if (goal.closing() != null) {
            this.closingReason = goal.closing().reason();
            this.closingAuthorityContacted = goal.closing().authorityContacted();
            this.closedBy = goal.closing().stamp().by();
            this.closedAt = goal.closing().stamp().at();
        }
        if (goal.review() != null) {
            this.reviewScale = goal.review().score().scale();
            this.reviewScaleVersion = goal.review().score().scaleVersion();
            this.reviewValue = goal.review().score().value();
            this.reviewOutcome = goal.review().outcome().name();
            this.reviewNote = goal.review().note();
            this.reviewedBy = goal.review().stamp().by();
            this.reviewedAt = goal.review().stamp().at();
        }
    }

    int number() {
        return number;
    }

    Goal toGoal() {
        Smart smart = smartSpecific == null && smartMeasurable == null && smartAccepted == null
                && smartRealistic == null && smartTimeBound == null ? null
                        : new Smart(smartSpecific, smartMeasurable, smartAccepted, smartRealistic, smartTimeBound);
        GoalStatus goalStatus = GoalStatus.valueOf(status);
        GoalClosing closing = closedAt == null ? null
                : new GoalClosing(goalStatus, closingReason, Boolean.TRUE.equals(closingAuthorityContacted),
                        new Stamp(closedBy, closedAt));
        GoalReview review = reviewedAt == null ? null
                : new GoalReview(new Score(reviewScale, reviewScaleVersion, reviewValue),
                        ReviewOutcome.valueOf(reviewOutcome), reviewNote, new Stamp(reviewedBy, reviewedAt));
        return new Goal(goalId, lineageId, number, text, smart, delimitation,
                theme(primaryThemeSystem, primaryThemeVersion, primaryThemeCode, primaryThemeLabel),
                theme(secondaryThemeSystem, secondaryThemeVersion, secondaryThemeCode, secondaryThemeLabel),
                icons.isEmpty() ? List.of() : List.of(icons.split(",")), GoalType.valueOf(goalType),
                new Score(currentScale, currentScaleVersion, currentValue),
                new Score(expectedScale, expectedScaleVersion, expectedValue),
                citizenValue == null ? null : new Score(citizenScale, citizenScaleVersion, citizenValue),
                disagreementNote, offerIds.isEmpty() ? List.of() : List.of(offerIds.split(",")), goalStatus, closing,
                review);
    }

    private static ThemeUse theme(String system, String version, String code, String label) {
        return system == null ? null : new ThemeUse(new ThemeRef(system, version, code), label);
    }
}
