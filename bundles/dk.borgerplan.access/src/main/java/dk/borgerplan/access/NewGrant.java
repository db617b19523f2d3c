package dk.borgerplan.access;

import java.time.LocalDate;
import java.util.Set;

/**
 * A relationship to record; which fields it needs depends on its kind (see {@link Grant}). The user is named by
 * {@code accountId}, or by {@code username} as people know each other.
 */
public record NewGrant(GrantKind kind, String accountId, String username, String team, String preparationMeetingId,
        Set<Part> parts, LocalDate validUntil) {
}
