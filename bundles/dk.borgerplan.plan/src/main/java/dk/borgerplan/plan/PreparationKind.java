package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/**
 * How the citizen prepares (seed 001, 2.2.1.1): a group preparation meeting is offered first; an individual one, led
 * by the contact person, when the group does not suit the citizen. Citizen and contact person choose for each cycle.
 */
public enum PreparationKind {
    GROUP(Text.of("Gruppeforberedelsesmøde", "Group preparation meeting")),
    INDIVIDUAL(Text.of("Individuelt forberedelsesmøde", "Individual preparation meeting"));

    private final Text label;

    PreparationKind(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
