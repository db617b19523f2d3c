package dk.borgerplan.icons;

import java.util.Arrays;
import java.util.Objects;

/**
 * The picture of one concept, as served.
 *
 * @param conceptId the concept it draws
 * @param packId the pack it comes from
 * @param mediaType {@code image/svg+xml} or {@code image/png}
 * @param bytes the file's content; a copy, so that no caller can change what others are served
 * @param etag a strong validator, bare (without the quotes of the HTTP header): it changes whenever the bytes served
 *     for this concept change
 */
public record IconImage(String conceptId, String packId, String mediaType, byte[] bytes, String etag) {

    public IconImage {
        Objects.requireNonNull(conceptId, "conceptId");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(etag, "etag");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    // A record compares arrays by identity; two images are the same when their content is.
    @Override
    public boolean equals(Object other) {
        return other instanceof IconImage that && conceptId.equals(that.conceptId) && packId.equals(that.packId)
                && mediaType.equals(that.mediaType) && etag.equals(that.etag) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conceptId, packId, mediaType, etag, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "IconImage[" + conceptId + " from " + packId + ", " + mediaType + ", " + bytes.length + " bytes, etag "
                + etag + "]";
    }
}
