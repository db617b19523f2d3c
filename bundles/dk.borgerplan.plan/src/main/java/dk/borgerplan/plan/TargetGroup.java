package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** The three areas a citizen can belong to; each has its own year wheel of preparation meetings. */
public enum TargetGroup {
    AUTISM(Text.of("Autisme", "Autism")),
    ACQUIRED_BRAIN_INJURY(Text.of("Senhjerneskade", "Acquired brain injury")),
    INTELLECTUAL_DISABILITY(Text.of("Udviklingshæmning", "Intellectual disability"));

    private final Text label;

    TargetGroup(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
