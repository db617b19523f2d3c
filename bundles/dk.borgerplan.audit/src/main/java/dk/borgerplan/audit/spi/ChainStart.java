package dk.borgerplan.audit.spi;

/**
 * Where the kept chain starts: the sequence number of its first entry and the hash that entry must carry as its
 * previous hash. Before any retention this is {@code 1} and 64 zeros.
 */
public record ChainStart(long sequence, String previousHash) {

    public static final String GENESIS = "0".repeat(64);

    public static ChainStart genesis() {
        return new ChainStart(1, GENESIS);
    }
}
