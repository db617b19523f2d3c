package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/**
 * In which role someone takes part in a meeting of the cycle (a preparation meeting or a plan meeting). The names
 * are the glossary's; the labels are the seeds' words.
 */
public enum ParticipantRole {
    /** The citizen the meeting belongs to (never another citizen of a group meeting: that is their data). */
    CITIZEN(Text.of("Borger", "Citizen")),
    CONTACT_PERSON(Text.of("Mestringsvejleder/kontaktperson", "Contact person")),
    PEER_GUIDE(Text.of("Borgerguide", "Peer guide")),
    CASEWORKER(Text.of("Sagsbehandler", "Caseworker")),
    RELATIVE(Text.of("Pårørende", "Relative")),
    GUARDIAN(Text.of("Værge", "Guardian")),
    COMPANION(Text.of("Bisidder", "Companion")),
    REPRESENTATIVE(Text.of("Partsrepræsentant", "Representative")),
    OTHER(Text.of("Anden", "Other"));

    private final Text label;

    ParticipantRole(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
