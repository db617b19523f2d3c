package dk.borgerplan.access;

import java.time.LocalDate;
import java.util.Set;

/** A relationship to record; which fields it needs depends on its kind (see {@link Grant}). */
public record NewGrant(GrantKind kind, String accountId, String team, String preparationMeetingId, Set<Part> parts,
        LocalDate validUntil) {
}
