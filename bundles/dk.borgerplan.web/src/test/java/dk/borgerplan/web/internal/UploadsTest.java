package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An upload is read up to its limit and no further. */
class UploadsTest {

    private static ApiException tooLarge() {
        return new ApiException(413, "payload-too-large", "for stor", List.of());
    }

    /** A body that counts what was read from it. */
    private static final class Counting extends InputStream {
        private final long length;
        long read;

        Counting(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? (int) (read++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            read += n;
            return n;
        }
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = { 1, 2, 3, 4 };
        assertArrayEquals(body, Uploads.read(new ByteArrayInputStream(body), 4, 4, UploadsTest::tooLarge));
        assertArrayEquals(body, Uploads.read(new ByteArrayInputStream(body), -1, 4, UploadsTest::tooLarge));
    }

    @Test
    void anAnnouncedLargerBodyIsRefusedBeforeAByteIsRead() {
        Counting body = new Counting(1_000_000);
        assertEquals(413, assertThrows(ApiException.class,
                () -> Uploads.read(body, 1_000_000, 1000, UploadsTest::tooLarge)).status);
        assertEquals(0, body.read);
    }

    @Test
    void anUnannouncedLargerBodyIsRefusedAfterOneByteTooMany() {
        Counting body = new Counting(100_000_000);
        assertEquals(413, assertThrows(ApiException.class,
                () -> Uploads.read(body, -1, 1000, UploadsTest::tooLarge)).status);
        assertEquals(1001, body.read);
    }
}
