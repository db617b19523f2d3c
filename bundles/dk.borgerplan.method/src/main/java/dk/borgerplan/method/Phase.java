package dk.borgerplan.method;

import dk.borgerplan.platform.Text;

/**
 * The four phases of the work on an action plan that all methods share (inspiration booklet, seed 003). The order of
 * the constants is the order of the cycle; after {@link #RENEW} the cycle starts again.
 */
public enum Phase {

    /** Forberedelse: the citizen gets ready for the plan together with staff, network or a peer. */
    PREPARE(Text.of("Forberedelse", "Preparation"),
            Text.of("Den fælles forberedelse af arbejdet med handleplanen.",
                    "Preparing the work on the action plan together.")),

    /** Udarbejdelse: the plan is made with the citizen. */
    DRAFT(Text.of("Udarbejdelse", "Drafting"),
            Text.of("Den fælles udarbejdelse af handleplanen.",
                    "Drafting the action plan together.")),

    /** Anvendelse: the plan is put to use in the citizen's everyday life. */
    USE(Text.of("Anvendelse", "Use"),
            Text.of("Den fælles anvendelse af handleplanen.",
                    "Using the action plan together.")),

    /** Fornyelse: status on the goals, and a renewed plan. */
    RENEW(Text.of("Fornyelse", "Renewal"),
            Text.of("Den fælles justering og fornyelse af handleplanen.",
                    "Adjusting and renewing the action plan together."));

    private final Text label;
    private final Text description;

    Phase(Text label, Text description) {
        this.label = label;
        this.description = description;
    }

    /** The shared name of the phase, e.g. "Forberedelse" / "Preparation". A method's own name is in {@link MethodPhase}. */
    public Text label() {
        return label;
    }

    /** One sentence on what the phase is, in the booklet's words. */
    public Text description() {
        return description;
    }
}
