package dk.borgerplan.audit;

/**
 * A logged access in its place in the chain.
 *
 * @param sequence the entry's number: the first entry ever is 1, each next one is one more, with no gaps
 * @param event what happened
 * @param previousHash the hash of the entry before (64 hex digits; 64 zeros before the first entry)
 * @param hash SHA-256 of this entry's fields and {@code previousHash}
 */
public record AuditEntry(long sequence, AccessEvent event, String previousHash, String hash) {
}
