package dk.borgerplan.plan;

/**
 * A goal (indsatsmål) in one of the plan's numbered slots, with the mastery now and the level expected at the next
 * plan meeting.
 */
public record Goal(int number, String text, Score currentScore, Score expectedScore) {
}
