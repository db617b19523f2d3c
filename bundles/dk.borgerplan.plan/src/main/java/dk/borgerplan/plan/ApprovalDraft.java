package dk.borgerplan.plan;

/** An approval as given: the party, and optionally on whose behalf it is given. */
public record ApprovalDraft(ApprovalParty party, String onBehalfOf) {
}
