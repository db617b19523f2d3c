package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** Who approves a plan: the citizen, the provider(s) and the authority (seed 002). */
public enum ApprovalParty {
    CITIZEN(Text.of("Borger", "Citizen")),
    PROVIDER(Text.of("Udfører", "Provider")),
    AUTHORITY(Text.of("Myndighed", "Authority"));

    private final Text label;

    ApprovalParty(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
