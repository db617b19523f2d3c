package dk.borgerplan.plan;

import java.util.List;

/**
 * A goal as written at the meeting: the text in the citizen's words, the SMART answers, a note that delimits the
 * goal, its primary (and secondary) theme, icons by concept id, the goal type (develop by default), the
 * professional's current and expected score, and the citizen's own current score with a note when the two differ.
 * <p>
 * {@code id} names a goal the plan has already, when a plan is changed (it keeps its status and history); left out,
 * the goal is new. {@code continues} names a goal of the previous cycle whose status review said "continue", so the
 * two are one goal over the cycles. {@code offerIds} are the citizen's offers that work on it; empty means all.
 */
public record GoalDraft(String id, String continues, String text, Smart smart, String delimitation,
        ThemeDraft primaryTheme, ThemeDraft secondaryTheme, List<String> icons, GoalType type,
        ScoreDraft currentScore, ScoreDraft expectedScore, ScoreDraft citizenScore, String disagreementNote,
        List<String> offerIds) {

    /** A new goal without offers named. */
    public GoalDraft(String text, Smart smart, String delimitation, ThemeDraft primaryTheme,
            ThemeDraft secondaryTheme, List<String> icons, GoalType type, ScoreDraft currentScore,
            ScoreDraft expectedScore, ScoreDraft citizenScore, String disagreementNote) {
        this(null, null, text, smart, delimitation, primaryTheme, secondaryTheme, icons, type, currentScore,
                expectedScore, citizenScore, disagreementNote, null);
    }

    /** A new goal with only its text and scores. */
    public GoalDraft(String text, ScoreDraft currentScore, ScoreDraft expectedScore) {
        this(text, null, null, null, null, null, null, currentScore, expectedScore, null, null);
    }
}
