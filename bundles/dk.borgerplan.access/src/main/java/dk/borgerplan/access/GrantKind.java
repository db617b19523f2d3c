package dk.borgerplan.access;

/** The relationships recorded between users and a citizen. */
public enum GrantKind {
    /** The citizen is in a caseworker's own caseload. */
    CASEWORKER,
    /** The citizen is in a team's caseload: every caseworker of the team. */
    TEAM,
    /** The citizen's own account. */
    CITIZEN_ACCOUNT,
    /** A relative's access, by the citizen's recorded consent, to the parts it covers, until it ends. */
    RELATIVE_CONSENT,
    /** A peer guide invited to one preparation meeting's sheet. */
    PEER_GUIDE_INVITATION
}
