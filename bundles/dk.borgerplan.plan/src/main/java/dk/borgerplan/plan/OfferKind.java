package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** The kinds of offer a citizen receives (GLOSSARY: botilbud, dagtilbud, mestringsvejledning, kraftcenter). */
public enum OfferKind {
    RESIDENTIAL(Text.of("Botilbud", "Residential offer")),
    DAY(Text.of("Dagtilbud", "Day offer")),
    MENTORING(Text.of("Mestringsvejledning", "Mentoring")),
    RESOURCE_CENTRE(Text.of("Kraftcenter", "Resource centre")),
    OTHER(Text.of("Andet tilbud", "Other offer"));

    private final Text label;

    OfferKind(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
