package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** The two looks of the same visual plan; the citizen chooses, and the choice is remembered. */
public enum PlanLook {
    COLOURFUL(Text.of("Farverig udgave", "Colourful")),
    NEUTRAL(Text.of("Neutral udgave", "Neutral"));

    private final Text label;

    PlanLook(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
