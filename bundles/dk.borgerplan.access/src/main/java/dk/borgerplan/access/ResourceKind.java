package dk.borgerplan.access;

/** The kinds of thing a request names by id, through which the citizen they belong to is found. */
public enum ResourceKind {
    CITIZEN, PLAN, CYCLE, GOAL, PREPARATION_MEETING, PICTURE
}
