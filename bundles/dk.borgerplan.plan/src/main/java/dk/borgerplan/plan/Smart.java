package dk.borgerplan.plan;

/**
 * The answers to the five SMART questions for a goal (seed 001, 2.2.2.8): Specifikt — what exactly does the citizen
 * want to achieve? Målbart — when is the citizen there? Accepteret — why does the citizen want to fight for it?
 * Realistisk — do the citizen, staff and others have the resources it takes? Tidsbestemt — when is the deadline?
 * Every answer is optional: SMART is help, not a gate.
 */
public record Smart(String specific, String measurable, String accepted, String realistic, String timeBound) {

    public boolean unanswered() {
        return blank(specific) && blank(measurable) && blank(accepted) && blank(realistic) && blank(timeBound);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
