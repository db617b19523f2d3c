package dk.borgerplan.audit;

/** How an access ended. */
public enum AccessOutcome {
    /** Done: the data was shown or changed. */
    ALLOWED,
    /** Not allowed for this user; the caller was told "not found". */
    DENIED,
    /** Allowed, but refused as it was asked (bad input, a rule of the plan, an old version): nothing changed. */
    REFUSED,
    /** Failed on the server: nothing is known to have changed. */
    FAILED
}
