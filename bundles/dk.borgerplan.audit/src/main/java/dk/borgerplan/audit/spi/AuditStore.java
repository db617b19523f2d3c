package dk.borgerplan.audit.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.borgerplan.audit.AuditEntry;

/** Keeps the audit log's entries. Implementations never change or remove an entry except in {@link #purge}. */
public interface AuditStore {

    /** The entry with the highest sequence number, if any. */
    Optional<AuditEntry> head();

    /**
     * Appends an entry whose sequence number is the head's plus one.
     *
     * @return false when another writer (another thread or node) took that sequence number first: read the head
     *         again and retry
     */
    boolean append(AuditEntry entry);

    /**
     * Appends entries that follow each other, in one transaction: all of them, or none when the first's sequence
     * number is taken. This default appends one by one (a store should do better).
     */
    default boolean appendAll(List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            if (!append(entry)) {
                return false;
            }
        }
        return true;
    }

    /** Up to {@code limit} entries from {@code fromSequence} on, in order. */
    List<AuditEntry> entries(long fromSequence, int limit);

    /** A citizen's entries, oldest first. */
    List<AuditEntry> entriesOf(String citizenId);

    /** The newest entries, newest first. */
    List<AuditEntry> latest(int limit);

    /** Where the kept chain starts. */
    ChainStart start();

    /**
     * Removes every entry older than {@code before}, except that the head is always kept, and records where the chain
     * now starts, in one transaction.
     *
     * @return how many entries were removed
     */
    int purge(Instant before);
}
