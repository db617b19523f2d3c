package dk.borgerplan.plan;

import java.util.List;
import java.util.UUID;

/**
 * A goal (indsatsmål) in one of the plan's numbered slots. {@code id} stays the same while the plan is changed and
 * revised; {@code lineageId} stays the same while the goal is continued from cycle to cycle (the first goal's id), so
 * that its progression can be read. {@code currentScore} is the official (professional) score; {@code citizenScore},
 * when given, is the citizen's own, and {@code disagreementNote} records why they differ (seed 002: "Noter at
 * borger er uenig i scoren"). {@code offerIds} names the citizen's offers that work on the goal; empty means all.
 * {@code closing} records how a goal stopped being active; {@code review} is its status at the next plan meeting.
 */
public record Goal(String id, String lineageId, int number, String text, Smart smart, String delimitation,
        ThemeUse primaryTheme, ThemeUse secondaryTheme, List<String> icons, GoalType type, Score currentScore,
        Score expectedScore, Score citizenScore, String disagreementNote, List<String> offerIds, GoalStatus status,
        GoalClosing closing, GoalReview review) {

    public Goal {
        id = id == null ? UUID.randomUUID().toString() : id;
        lineageId = lineageId == null ? id : lineageId;
        icons = icons == null ? List.of() : List.copyOf(icons);
        offerIds = offerIds == null ? List.of() : List.copyOf(offerIds);
        type = type == null ? GoalType.DEVELOP : type;
        status = status == null ? GoalStatus.ACTIVE : status;
    }

    /** A new active goal with only its text and scores. */
    public Goal(int number, String text, Score currentScore, Score expectedScore) {
        this(null, null, number, text, null, null, null, null, List.of(), GoalType.DEVELOP, currentScore,
                expectedScore, null, null, List.of(), GoalStatus.ACTIVE, null, null);
    }

    /** The citizen scored differently from the professional. */
    public boolean disagreement() {
        return citizenScore != null && citizenScore.value() != currentScore.value();
    }

    public boolean active() {
        return status == GoalStatus.ACTIVE;
    }

    /** The same goal, closed: achieved or closed early. */
    public Goal closed(GoalClosing newClosing) {
        return new Goal(id, lineageId, number, text, smart, delimitation, primaryTheme, secondaryTheme, icons, type,
                currentScore, expectedScore, citizenScore, disagreementNote, offerIds, newClosing.status(),
                newClosing, review);
    }

    /** The same goal with its status at the next plan meeting. */
    public Goal reviewed(GoalReview newReview) {
        return new Goal(id, lineageId, number, text, smart, delimitation, primaryTheme, secondaryTheme, icons, type,
                currentScore, expectedScore, citizenScore, disagreementNote, offerIds, status, closing, newReview);
    }
}
