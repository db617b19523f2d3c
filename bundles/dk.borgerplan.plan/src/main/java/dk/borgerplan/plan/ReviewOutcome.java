package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** The decision for a goal at the status review (DOMAIN.md: continue / end / end and refer to a new effort). */
public enum ReviewOutcome {
    CONTINUE(Text.of("Fortsætter", "Continue")),
    END(Text.of("Afsluttes", "End")),
    END_AND_REFER(Text.of("Afsluttes og henvises til ny indsats", "End and refer to a new effort"));

    private final Text label;

    ReviewOutcome(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
