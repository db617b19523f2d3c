package dk.borgerplan.plan;

import java.util.List;

/**
 * A goal (indsatsmål) in one of the plan's numbered slots. {@code currentScore} is the official (professional)
 * score; {@code citizenScore}, when given, is the citizen's own, and {@code disagreementNote} records why they
 * differ (seed 002: "Noter at borger er uenig i scoren").
 */
public record Goal(int number, String text, Smart smart, String delimitation, ThemeUse primaryTheme,
        ThemeUse secondaryTheme, List<String> icons, GoalType type, Score currentScore, Score expectedScore,
        Score citizenScore, String disagreementNote, GoalStatus status) {

    public Goal {
        icons = icons == null ? List.of() : List.copyOf(icons);
        type = type == null ? GoalType.DEVELOP : type;
        status = status == null ? GoalStatus.ACTIVE : status;
    }

    /** A goal with only its text and scores, as the first slice of the model had it. */
    public Goal(int number, String text, Score currentScore, Score expectedScore) {
        this(number, text, null, null, null, null, List.of(), GoalType.DEVELOP, currentScore, expectedScore, null,
                null, GoalStatus.ACTIVE);
    }

    /** The citizen scored differently from the professional. */
    public boolean disagreement() {
        return citizenScore != null && citizenScore.value() != currentScore.value();
    }
}
