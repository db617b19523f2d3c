package dk.borgerplan.method;

/** What a {@link SectionField} holds; the plan model checks and normalises values by kind. */
public enum FieldKind {
    /** Free text, trimmed. */
    TEXT,
    /** The citizen's own words, kept exactly as written down: never trimmed or reworded. */
    WORDS_AS_SAID,
    /** A calendar date, {@code 2026-11-22}. */
    DATE,
    /** An amount of kroner with at most two decimals, {@code 1250.50}; never negative. */
    AMOUNT,
    /** A whole number, {@code 0} or more. */
    NUMBER,
    /** The id of one of the goals of the cycle's plan. */
    GOAL,
    /** The id of one of the field's choices. */
    CHOICE,
    /** {@code true} or {@code false}. */
    YES_NO
}
