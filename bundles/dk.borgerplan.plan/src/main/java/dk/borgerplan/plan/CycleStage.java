package dk.borgerplan.plan;

import dk.borgerplan.method.Phase;
import dk.borgerplan.platform.Text;

/**
 * The stages of the yearly cycle of "Mit liv – Min plan" (seed 000), each in one of the four phases all methods
 * share. A cycle moves forward one stage at a time; the status at the next plan meeting closes it and opens the next.
 */
public enum CycleStage {
    PREPARATION(Phase.PREPARE, Text.of("Forberedelse", "Preparation")),
    PLAN_MEETING(Phase.DRAFT, Text.of("Borgerplansmøde", "Plan meeting")),
    FOLLOW_UP(Phase.USE, Text.of("Opfølgning med delmål", "Follow-up with sub-goals")),
    TARGETED_EFFORT(Phase.USE, Text.of("Målrettet indsats", "Targeted effort")),
    STATUS_REVIEW(Phase.RENEW, Text.of("Status på næste borgerplansmøde", "Status at the next plan meeting")),
    CLOSED(Phase.RENEW, Text.of("Afsluttet", "Closed"));

    private final Phase phase;
    private final Text label;

    CycleStage(Phase phase, Text label) {
        this.phase = phase;
        this.label = label;
    }

    public Phase phase() {
        return phase;
    }

    public Text label() {
        return label;
    }

    /** The stage that follows this one, or null after CLOSED. */
    public CycleStage next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}
