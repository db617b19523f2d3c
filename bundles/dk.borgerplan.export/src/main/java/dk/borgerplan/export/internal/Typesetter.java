package dk.borgerplan.export.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures and breaks text in millimetres. The measure does not depend on the Graphics2D drawn on (a PDF page or a
 * PNG picture): the same lines come out for both. Advances are linear (fractional metrics, no hinting), which is what
 * the PDF uses too.
 */
final class Typesetter {

    static final String ELLIPSIS = "…";
    /** Points to millimetres: type sizes are thought of in points, the drawing is in millimetres. */
    static final double MM_PER_POINT = 25.4 / 72;
    static final double LINE_SPACING = 1.2;
    /** From the top of a line to its baseline, as a share of the type size (DejaVu's ascent is 0.93 em). */
    static final double BASELINE = 0.93;

    private static final FontRenderContext LINEAR = new FontRenderContext(null, true, true);

    private final PlanFonts fonts;
    private final Map<Long, Font> derived = new HashMap<>();

    Typesetter(PlanFonts fonts) {
        this.fonts = fonts;
    }

    /** The font at a size in points, in millimetre units. */
    Font font(boolean bold, double points) {
        float size = (float) (points * MM_PER_POINT);
        long key = ((long) Float.floatToIntBits(size) << 1) | (bold ? 1 : 0);
        return derived.computeIfAbsent(key, k -> (bold ? fonts.bold() : fonts.regular()).deriveFont(size));
    }

    double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, LINEAR).getWidth();
    }

    static double lineHeight(Font font) {
        return font.getSize2D() * LINE_SPACING;
    }

    /**
     * Breaks a text into lines no wider than {@code width}; the first line may be narrower (a label stands before
     * it). Line breaks in the text are kept; a word longer than a line is broken inside.
     */
    List<String> wrap(String text, Font font, double width, double firstLineWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        double space = width(" ", font);
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                double available = lines.isEmpty() ? firstLineWidth : width;
                double wordWidth = width(word, font);
                double needed = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (needed <= available) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = needed;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                    available = width;
                }
                while (wordWidth > available) {
                    int fits = fittingPrefix(word, font, available);
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                    wordWidth = width(word, font);
                    available = width;
                }
                line.append(word);
                lineWidth = wordWidth;
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** The line with an ellipsis at its end, shortened until both fit: the visible mark of a cut text. */
    String withEllipsis(String line, Font font, double width) {
        String trimmed = line.stripTrailing();
        while (!trimmed.isEmpty() && width(trimmed + ELLIPSIS, font) > width) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed + ELLIPSIS;
    }

    /** The longest prefix (at least one character) that fits. */
    private int fittingPrefix(String word, Font font, double width) {
        int fits = 1;
        while (fits < word.length() && width(word.substring(0, fits + 1), font) <= width) {
            fits++;
        }
        return fits;
    }
}
