package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/**
 * One change in a goal's staircase: what happened, to which step ({@code subGoalId}; null when the overall goal was
 * set or the steps were reordered), by whom and when. A replacement names the step that was replaced; its
 * {@link SubGoal#replacedBy()} names the new one.
 */
public record StaircaseEvent(Kind kind, String subGoalId, Stamp stamp) {

    public enum Kind {
        ADDED(Text.of("Delmål tilføjet", "Sub-goal added")),
        /** A step's wording changed; kept for the history's vocabulary, not made by the service yet. */
        CHANGED(Text.of("Delmål ændret", "Sub-goal changed")),
        COMPLETED(Text.of("Delmål gennemført", "Sub-goal completed")),
        REPLACED(Text.of("Delmål udskiftet", "Sub-goal replaced")),
        REORDERED(Text.of("Delmål sat i ny rækkefølge", "Sub-goals reordered")),
        OVERALL_GOAL_SET(Text.of("Overordnet mål sat", "Overall goal set"));

        private final Text label;

        Kind(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }
}
