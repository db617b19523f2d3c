package dk.borgerplan.icons.internal;

import java.io.IOException;

/**
 * The files of a pack bundle, by path from the bundle's root. A function rather than a Bundle, so that packs can be
 * read and tested without a framework.
 */
@FunctionalInterface
interface PackFiles {

    /**
     * The content of a file, at most {@code max + 1} bytes of it (enough to tell that it is too large without reading
     * all of it), or {@code null} if there is no such file.
     */
    byte[] read(String path, int max) throws IOException;
}
