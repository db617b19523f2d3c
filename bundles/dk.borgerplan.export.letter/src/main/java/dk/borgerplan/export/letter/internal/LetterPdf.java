package dk.borgerplan.export.letter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Lays the letter's blocks out on A4 pages: wrapped within the margins, as many pages as it takes. */
final class LetterPdf {

    /** Liberation Sans (SIL Open Font License 1.1) as PDFBox ships it: has the Danish letters. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 25 * MM;
    private static final float BODY_SIZE = 11f;
    private static final float HEADING_SIZE = 15f;
    private static final float LEADING = 1.4f;

    private LetterPdf() {
    }

    static byte[] render(List<LetterTemplate.Block> blocks, String title, String language) {
        try (PDDocument document = new PDDocument(); InputStream font = PDDocument.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans font is missing");
            }
            // Loaded as Type 0 with subsetting: only the glyphs used are embedded, æøå included.
            PDType0Font type0 = PDType0Font.load(document, font);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Borgerplan");
            document.getDocumentCatalog().setLanguage(language);
            new Writer(document, type0).write(blocks);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The information letter could not be written", e);
        }
    }

    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void write(List<LetterTemplate.Block> blocks) throws IOException {
            newPage();
            try {
                for (LetterTemplate.Block block : blocks) {
                    float size = block.heading() ? HEADING_SIZE : BODY_SIZE;
                    if (block.heading()) {
                        y -= BODY_SIZE * 0.6f;
                    }
                    for (String line : block.lines()) {
                        for (String wrapped : wrap(drawableText(line), size)) {
                            line(wrapped, size);
                        }
                    }
                    y -= BODY_SIZE * (block.heading() ? 0.3f : 0.8f);
                }
            } finally {
                content.close();
            }
        }

        private void line(String text, float size) throws IOException {
            if (y - size * LEADING < MARGIN) {
                content.close();
                newPage();
            }
            y -= size * LEADING;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Words to lines that fit the width; a word longer than a line (a link) is broken where it must be. */
        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.strip().split(" +")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (width(candidate, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    // A link reads best broken after a slash or a hyphen.
                    int soft = Math.max(rest.lastIndexOf('/', cut - 1), rest.lastIndexOf('-', cut - 1)) + 1;
                    if (soft > cut / 2) {
                        cut = soft;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        /** A character the font has no glyph for would stop the whole letter; it is shown as "?" instead. */
        private String drawableText(String text) {
            StringBuilder kept = new StringBuilder(text.length());
            text.replace('\t', ' ').codePoints().forEach(c -> kept.appendCodePoint(drawable.computeIfAbsent(c,
                    this::hasGlyph) ? c : '?'));
            return kept.toString();
        }

        private boolean hasGlyph(int codePoint) {
            if (Character.isISOControl(codePoint)) {
                return false;
            }
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
