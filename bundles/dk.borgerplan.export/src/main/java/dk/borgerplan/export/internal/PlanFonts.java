package dk.borgerplan.export.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one typeface of the drawn plan, DejaVu Sans Condensed (regular and bold), shipped in this bundle: Danish letters,
 * a free licence, and the same glyphs for the PNG (Java2D) and the PDF (embedded), so both look alike. The files are
 * read and parsed once, when the component activates.
 */
final class PlanFonts {

    static final String REGULAR_FILE = "/fonts/DejaVuSansCondensed.ttf";
    static final String BOLD_FILE = "/fonts/DejaVuSansCondensed-Bold.ttf";

    /** The parsed fonts one PDF embeds (as subsets) from. */
    record TrueTypePair(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final Font regular;
    private final Font bold;
    /*
     * A parsed TrueTypeFont reads its glyphs lazily from one shared buffer and is not safe for two documents at once,
     * so each PDF borrows a pair for its whole life (drawing and saving the subset) and gives it back; the pool grows
     * only to the number of PDFs drawn at the same time.
     */
    private final ConcurrentLinkedDeque<TrueTypePair> parsed = new ConcurrentLinkedDeque<>();

    PlanFonts() {
        this.regularBytes = read(REGULAR_FILE);
        this.boldBytes = read(BOLD_FILE);
        this.regular = awtFont(regularBytes, REGULAR_FILE);
        this.bold = awtFont(boldBytes, BOLD_FILE);
        parsed.push(parse());
    }

    Font regular() {
        return regular;
    }

    Font bold() {
        return bold;
    }

    TrueTypePair borrow() {
        TrueTypePair pair = parsed.poll();
        return pair == null ? parse() : pair;
    }

    void giveBack(TrueTypePair pair) {
        parsed.push(pair);
    }

    void close() {
        TrueTypePair pair;
        while ((pair = parsed.poll()) != null) {
            closeQuietly(pair.regular());
            closeQuietly(pair.bold());
        }
    }

    private TrueTypePair parse() {
        try {
            return new TrueTypePair(new TTFParser().parse(new RandomAccessReadBuffer(regularBytes)),
                    new TTFParser().parse(new RandomAccessReadBuffer(boldBytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("The plan's shipped font cannot be parsed", e);
        }
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            // Memory only: nothing is left open.
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PlanFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + file + " cannot be read", e);
        }
    }

    private static Font awtFont(byte[] bytes, String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("The font " + file + " is broken", e);
        }
    }
}
