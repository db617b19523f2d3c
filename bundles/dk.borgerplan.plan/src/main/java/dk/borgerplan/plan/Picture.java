package dk.borgerplan.plan;

/**
 * An uploaded picture (a drawing or a photo for the preparation sheet): its media type as found in its content
 * ({@code image/png} or {@code image/jpeg}), its size in bytes and its SHA-256 (hex), and who uploaded it when.
 */
public record Picture(String id, String mediaType, long size, String sha256, Stamp created) {
}
