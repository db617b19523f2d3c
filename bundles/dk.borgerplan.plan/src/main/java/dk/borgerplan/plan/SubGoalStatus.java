package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** Where a sub-goal (delmål) stands: worked on, completed, or replaced by another sub-goal. */
public enum SubGoalStatus {
    ACTIVE(Text.of("Aktivt", "Active")),
    COMPLETED(Text.of("Gennemført", "Completed")),
    REPLACED(Text.of("Udskiftet", "Replaced"));

    private final Text label;

    SubGoalStatus(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
