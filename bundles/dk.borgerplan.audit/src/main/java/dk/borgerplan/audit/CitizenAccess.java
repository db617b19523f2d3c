package dk.borgerplan.audit;

import java.time.Instant;

/**
 * One line of a citizen's own access log: who looked, when and why. Staff are shown by role and organisation only,
 * as Danish practice gives the citizen the right to see the searches on them, not the staff's identities.
 */
public record CitizenAccess(Instant at, String role, String organisation, AccessAction action, String resource,
        String purpose, AccessOutcome outcome) {
}
