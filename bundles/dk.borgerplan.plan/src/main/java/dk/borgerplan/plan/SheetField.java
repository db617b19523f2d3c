package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** The four fields of the preparation sheet "Her er mit liv" (seeds 001 and 002), in the sheet's order. */
public enum SheetField {
    WISH_TO_MANAGE(Text.of("Jeg vil gerne selv kunne", "I would like to be able to")),
    CAN_DO(Text.of("Jeg kan", "I can")),
    DREAMS(Text.of("Mine drømme", "My dreams")),
    INTERESTS(Text.of("Mine interesser", "My interests"));

    private final Text label;

    SheetField(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
