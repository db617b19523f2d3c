package dk.borgerplan.access;

/**
 * The parts of a citizen's data that access is decided for. A provider's staff see only the parts shared with their
 * offer (serviceloven §141 stk. 5: the relevant parts), a relative only the parts the citizen's consent covers.
 */
public enum Part {
    /** Who the citizen is: name, offers, the people around them — without the CPR number. */
    RECORD,
    /** The citizen's CPR number in full. */
    CPR,
    /** The plan as a whole: cycles, plans and their revisions, approvals, the methods' sections, progression. */
    PLAN,
    /** A goal and its follow-up (status at the next meeting); for a provider, the goals their offer works on. */
    GOAL,
    /** A goal's staircase of sub-goals. */
    STAIRCASE,
    /** A preparation meeting: its date, kind and participants. */
    PREPARATION_MEETING,
    /** The preparation sheet ("Her er mit liv") of a meeting: its entries and pictures. */
    PREPARATION_SHEET,
    /**
     * The citizen's year wheel: the plan and preparation meetings scheduled ahead (date, place, participants, whether
     * the date was announced) and the group preparation meetings the citizen is signed up for.
     */
    SCHEDULE,
    /** Who has looked at the citizen's data. */
    ACCESS_LOG,
    /** Who may see the citizen's data: caseload, team, the citizen's account, consents, invitations. */
    RELATIONSHIPS;

    /** The parts a relative's consent may cover: reading the plan and the preparation, never the CPR number. */
    public boolean consentable() {
        return this == PLAN || this == GOAL || this == STAIRCASE || this == PREPARATION_MEETING
                || this == PREPARATION_SHEET;
    }
}
