package dk.borgerplan.plan;

/**
 * One party's approval of a plan revision: who gave it and when ({@code stamp}), and on whose behalf when someone
 * approves for another (e.g. a guardian for the citizen).
 */
public record Approval(ApprovalParty party, String onBehalfOf, Stamp stamp) {
}
