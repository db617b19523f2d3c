package dk.borgerplan.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Reads an uploaded body of at most {@code max} bytes. What announces more (Content-Length) is refused before a byte
 * is read; what sends more without announcing it (chunked) is refused after {@code max + 1} bytes: never more than
 * that is held in memory.
 */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(InputStream in, long contentLength, long max, Supplier<ApiException> tooLarge)
            throws IOException {
        if (contentLength > max) {
            throw tooLarge.get();
        }
        byte[] content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (content.length > max) {
            throw tooLarge.get();
        }
        return content;
    }
}
