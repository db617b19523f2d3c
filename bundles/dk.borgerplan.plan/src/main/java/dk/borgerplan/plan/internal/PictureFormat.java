package dk.borgerplan.plan.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats the preparation sheet accepts, recognised by their first bytes: a declared type alone proves
 * nothing. SVG (a script-capable document), GIF, WebP, HEIC and everything else are refused.
 */
enum PictureFormat {
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    private final String mediaType;
    private final byte[] signature;

    PictureFormat(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format a declared media type names ({@code image/png; x=y} counts as {@code image/png}). */
    static Optional<PictureFormat> declared(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int parameters = mediaType.indexOf(';');
        String type = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst();
    }

    /** The format the content is in, by its signature. */
    static Optional<PictureFormat> of(byte[] content) {
        return Arrays.stream(values()).filter(format -> format.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content.length > signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
