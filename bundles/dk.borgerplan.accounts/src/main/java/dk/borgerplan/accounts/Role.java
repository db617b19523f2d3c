package dk.borgerplan.accounts;

import dk.borgerplan.platform.Text;

/** The roles of Borgerplan's users (GLOSSARY.md). */
public enum Role {
    /** Runs the platform: icon packs, accounts, the audit log; no citizen data. */
    ADMINISTRATOR(Text.of("Administrator", "Administrator"), false),
    /** The authority's caseworker (myndighed, sagsbehandler). */
    CASEWORKER(Text.of("Sagsbehandler", "Caseworker"), true),
    /** Leads an offer (tilbudsleder). */
    OFFER_MANAGER(Text.of("Tilbudsleder", "Offer manager"), true),
    /** The provider's staff closest to the citizen (kontaktperson, mestringsvejleder). */
    CONTACT_PERSON(Text.of("Kontaktperson", "Contact person"), true),
    /** The citizen (borger). */
    CITIZEN(Text.of("Borger", "Citizen"), false),
    /** A relative (pårørende). */
    RELATIVE(Text.of("Pårørende", "Relative"), false),
    /** A peer guide (borgerguide, medborgerguide). */
    PEER_GUIDE(Text.of("Borgerguide", "Peer guide"), false);

    private final Text label;
    private final boolean staff;

    Role(Text label, boolean staff) {
        this.label = label;
        this.staff = staff;
    }

    public Text label() {
        return label;
    }

    /** Whether the role is the municipality's or a provider's staff, who work with citizens' plans. */
    public boolean staff() {
        return staff;
    }
}
