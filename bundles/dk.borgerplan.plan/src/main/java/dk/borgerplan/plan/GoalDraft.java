package dk.borgerplan.plan;

import java.util.List;

/**
 * A goal as written at the meeting: the text in the citizen's words, the SMART answers, a note that delimits the
 * goal, its primary (and secondary) theme, icons by concept id, the goal type (develop by default), the
 * professional's current and expected score, and the citizen's own current score with a note when the two differ.
 */
public record GoalDraft(String text, Smart smart, String delimitation, ThemeDraft primaryTheme,
        ThemeDraft secondaryTheme, List<String> icons, GoalType type, ScoreDraft currentScore,
        ScoreDraft expectedScore, ScoreDraft citizenScore, String disagreementNote) {

    /** A goal with only its text and scores. */
    public GoalDraft(String text, ScoreDraft currentScore, ScoreDraft expectedScore) {
        this(text, null, null, null, null, null, null, currentScore, expectedScore, null, null);
    }
}
