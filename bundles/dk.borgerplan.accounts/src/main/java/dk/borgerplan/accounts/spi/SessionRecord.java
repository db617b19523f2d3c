package dk.borgerplan.accounts.spi;

import java.time.Instant;

/** A session as stored: by the SHA-256 of its token (the token itself is never stored). */
public record SessionRecord(String tokenHash, String accountId, String csrfToken, Instant created, Instant lastSeen,
        Instant expires) {
}
