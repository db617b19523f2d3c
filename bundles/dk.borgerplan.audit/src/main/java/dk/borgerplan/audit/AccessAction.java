package dk.borgerplan.audit;

/** What was done with a citizen's data. */
public enum AccessAction {
    /** Looked at (a page, a plan, a sheet). */
    READ,
    /** Looked for: a list or a search of citizens. */
    SEARCH,
    /** Registered, written or changed. */
    WRITE,
    /** Removed. */
    DELETE,
    /** Taken out of the system: a file, a print, another system's format. */
    EXPORT,
    /** A login, successful or not (no citizen's data; logged so that failed attempts can be seen). */
    LOGIN
}
