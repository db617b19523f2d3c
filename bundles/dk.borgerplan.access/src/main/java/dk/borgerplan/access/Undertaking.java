package dk.borgerplan.access;

/** What a user may begin before any citizen is named. */
public enum Undertaking {
    /** Search and list citizens (finding only those they may see): everyone but the administrator and peer guides. */
    SEARCH_CITIZENS,
    /** Register a new citizen, who then is in the registering caseworker's caseload: caseworkers only. */
    REGISTER_CITIZENS,
    /** Register a preparation meeting in a cycle (then decided on that cycle's citizen): caseworkers only. */
    REGISTER_PREPARATION_MEETINGS,
    /** Upload a picture for a preparation sheet: those who may write in a sheet (caseworker, citizen, peer guide). */
    UPLOAD_PICTURES
}
