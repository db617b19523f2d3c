package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** FFB's goal type (måltype). A "maintain" goal that ends unchanged has succeeded. */
public enum GoalType {
    DEVELOP(Text.of("Udvikle funktionsevne", "Develop functioning")),
    MAINTAIN(Text.of("Fastholde funktionsevne", "Maintain functioning")),
    LIMIT_LOSS(Text.of("Begrænse tab af funktionsevne", "Limit loss of functioning"));

    private final Text label;

    GoalType(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
