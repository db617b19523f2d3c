package dk.borgerplan.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dk.borgerplan.audit.AccessEvent;

/**
 * The hash of an entry: SHA-256 over its sequence number, every field of its event and the previous entry's hash.
 * Each field is written with its length first, so that no choice of texts can make two different entries hash the
 * same input (a separator character could appear inside a text), and a missing field differs from an empty one.
 */
final class HashChain {

    private HashChain() {
    }

    static String hash(long sequence, AccessEvent event, String previousHash) {
        StringBuilder input = new StringBuilder(256);
        field(input, Long.toString(sequence));
        field(input, event.at().toString());
        field(input, event.account());
        field(input, event.role());
        field(input, event.organisation());
        field(input, event.citizenId());
        field(input, event.resource());
        field(input, event.action().name());
        field(input, event.purpose());
        field(input, event.outcome().name());
        field(input, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder input, String value) {
        if (value == null) {
            input.append("-1:");
        } else {
            input.append(value.length()).append(':').append(value);
        }
        input.append(';');
    }
}
