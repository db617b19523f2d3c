package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** Where a goal stands. A new goal is active; it is closed as achieved, or early with a reason. */
public enum GoalStatus {
    ACTIVE(Text.of("Aktivt", "Active")),
    ACHIEVED(Text.of("Nået", "Achieved")),
    CLOSED_EARLY(Text.of("Afsluttet før tid", "Closed early"));

    private final Text label;

    GoalStatus(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
