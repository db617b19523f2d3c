package dk.borgerplan.icons.internal;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconImage;

/** An icon with its picture, held in memory so that serving never touches a bundle that may be going away. */
record LoadedIcon(Icon icon, byte[] bytes, String etag) {

    /** A fresh image for one request; {@link IconImage} copies the bytes, so the snapshot stays unchanged. */
    IconImage image() {
        return new IconImage(icon.conceptId(), icon.packId(), icon.mediaType(), bytes, etag);
    }

    // The etag hashes pack id, version, media type and bytes, so equal etags mean the same picture.
    boolean sameAs(LoadedIcon other) {
        return icon.equals(other.icon) && etag.equals(other.etag);
    }
}
