package dk.borgerplan.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A recorded relationship between a citizen and a user (or a team).
 *
 * @param accountId the user's account; null for {@link GrantKind#TEAM}
 * @param team the team; only for {@link GrantKind#TEAM}
 * @param preparationMeetingId the meeting; only for {@link GrantKind#PEER_GUIDE_INVITATION}
 * @param parts what a consent covers; only for {@link GrantKind#RELATIVE_CONSENT}
 * @param validUntil the last day it holds (inclusive); null for no end
 * @param grantedBy the account that recorded it
 */
public record Grant(String id, String citizenId, GrantKind kind, String accountId, String team,
        String preparationMeetingId, Set<Part> parts, LocalDate validUntil, String grantedBy, Instant grantedAt) {

    public Grant {
        parts = parts == null ? Set.of() : Set.copyOf(parts);
    }

    /** Whether it still holds on {@code today}. */
    public boolean holdsOn(LocalDate today) {
        return validUntil == null || !today.isAfter(validUntil);
    }
}
