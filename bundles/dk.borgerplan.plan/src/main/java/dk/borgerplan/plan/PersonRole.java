package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** How a person around the citizen stands to them (GLOSSARY: pårørende, bisidder, værge, partsrepræsentant). */
public enum PersonRole {
    RELATIVE(Text.of("Pårørende", "Relative")),
    COMPANION(Text.of("Bisidder", "Companion")),
    GUARDIAN(Text.of("Værge", "Guardian")),
    PARTY_REPRESENTATIVE(Text.of("Partsrepræsentant", "Party representative"));

    private final Text label;

    PersonRole(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
