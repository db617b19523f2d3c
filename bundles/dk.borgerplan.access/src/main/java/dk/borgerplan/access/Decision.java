package dk.borgerplan.access;

/**
 * An authorization decision.
 *
 * @param allowed whether the user may
 * @param citizenId the citizen whose data it is, when the resource exists; null when it does not (a denial then looks
 *            exactly like "not found")
 * @param because why, for the audit log: the relationship that allowed it ({@code caseload}, {@code team},
 *            {@code offer}, {@code self}, {@code consent}, {@code invitation}, {@code uploader}, {@code registration})
 *            or why not ({@code no-relationship}, {@code not-shared}, {@code not-covered}, {@code no-such-resource})
 */
public record Decision(boolean allowed, String citizenId, String because) {

    public static Decision allow(String citizenId, String because) {
        return new Decision(true, citizenId, because);
    }

    public static Decision deny(String citizenId, String because) {
        return new Decision(false, citizenId, because);
    }
}
