package dk.borgerplan.audit;

/**
 * The result of checking the chain from its start (the first entry, or the first kept after retention) to its head.
 *
 * @param intact whether every entry is there and unchanged
 * @param checked how many entries were checked
 * @param firstSequence the sequence number the chain starts at now
 * @param brokenAt the first entry found missing or changed, or 0 when intact
 * @param problem what was wrong at {@code brokenAt} ({@code missing}, {@code changed}, {@code start}), or null
 * @param headHash the hash of the last entry: written down elsewhere, it shows later that nothing was rewritten
 *        from the start either
 */
public record ChainVerification(boolean intact, long checked, long firstSequence, long brokenAt, String problem,
        String headHash) {
}
