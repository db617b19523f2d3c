package dk.borgerplan.export.internal;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/** The blocks a box of the plan is made of: text with an optional bold label, and icons with or without text. */
final class Blocks {

    private Blocks() {
    }

    /** Wrapped text; a bold label (e.g. "Score nu:") may stand at the start of its first line. */
    static final class TextBlock extends Sheet.Block {
        private final Typesetter type;
        private final String label;
        private final String text;
        private final boolean bold;
        private final double points;
        private final Color colour;
        private double laidOutWidth = -1;
        private double laidOutScale = -1;
        private List<String> lines;
        private Font font;
        private Font labelFont;
        private double labelWidth;
        private boolean centred;

        TextBlock(Typesetter type, String label, String text, boolean bold, double points, Color colour,
                boolean flexible) {
            super(flexible);
            this.type = type;
            this.label = label;
            this.text = text == null ? "" : text;
            this.bold = bold;
            this.points = points;
            this.colour = colour;
        }

        /** Each line centred in the width (the wheel's centre). */
        TextBlock centred() {
            centred = true;
            return this;
        }

        private void layOut(double width, double scale) {
            if (width == laidOutWidth && scale == laidOutScale) {
                return;
            }
            font = type.font(bold, points * scale);
            labelFont = type.font(true, points * scale);
            labelWidth = label == null ? 0 : type.width(label + " ", labelFont);
            lines = type.wrap(text, font, width, width - labelWidth);
            if (lines.isEmpty() && label != null) {
                lines = List.of("");
            }
            laidOutWidth = width;
            laidOutScale = scale;
        }

        @Override
        double height(double width, double scale) {
            layOut(width, scale);
            return lines.size() * Typesetter.lineHeight(font);
        }

        @Override
        double draw(Sheet sheet, double x, double y, double width, double scale, double maxHeight) {
            layOut(width, scale);
            double lineHeight = Typesetter.lineHeight(font);
            int fitting = (int) Math.min(lines.size(), Math.floor((maxHeight + 1e-6) / lineHeight));
            if (fitting < lines.size()) {
                sheet.markShortened();
            }
            for (int i = 0; i < fitting; i++) {
                double top = y + i * lineHeight;
                double start = x;
                double available = width;
                if (i == 0 && label != null) {
                    sheet.text(label + " ", labelFont, colour, x, top);
                    start += labelWidth;
                    available -= labelWidth;
                }
                String line = lines.get(i);
                if (i == fitting - 1 && fitting < lines.size()) {
                    line = type.withEllipsis(line, font, available);
                }
                if (centred) {
                    start += (available - type.width(line, font)) / 2;
                }
                if (!line.isEmpty()) {
                    sheet.text(line, font, colour, start, top);
                }
            }
            return fitting * lineHeight;
        }
    }

    /**
     * One entry of a field: its icons in a column of rows on the left, its words beside them; with no words, the
     * icons use the whole width.
     */
    static final class EntryBlock extends Sheet.Block {
        private static final double GAP = 0.8;
        private final Typesetter type;
        private final List<String> icons;
        private final String text;
        private final double iconSize;
        private final TextBlock words;

        EntryBlock(Typesetter type, List<String> icons, String text, double points, double iconSize, Color colour) {
            super(true);
            this.type = type;
            this.icons = icons;
            this.text = text == null ? "" : text.strip();
            this.iconSize = iconSize;
            this.words = new TextBlock(type, null, this.text, false, points, colour, true);
        }

        private int perRow(double width, double scale) {
            double step = (iconSize + GAP) * scale;
            double share = text.isEmpty() ? width : width * 0.5;
            return Math.max(1, (int) Math.floor((share + GAP * scale) / step));
        }

        private double iconColumnWidth(double width, double scale) {
            if (icons.isEmpty()) {
                return 0;
            }
            return Math.min(icons.size(), perRow(width, scale)) * (iconSize + GAP) * scale;
        }

        private double iconsHeight(double width, double scale) {
            if (icons.isEmpty()) {
                return 0;
            }
            int rows = (icons.size() + perRow(width, scale) - 1) / perRow(width, scale);
            return rows * (iconSize + GAP) * scale - GAP * scale;
        }

        @Override
        double height(double width, double scale) {
            double textHeight = text.isEmpty() ? 0 : words.height(width - iconColumnWidth(width, scale), scale);
            return Math.max(iconsHeight(width, scale), textHeight);
        }

        @Override
        double draw(Sheet sheet, double x, double y, double width, double scale, double maxHeight) {
            double size = iconSize * scale;
            double step = (iconSize + GAP) * scale;
            int perRow = perRow(width, scale);
            double rowsFitting = Math.floor((maxHeight + GAP * scale + 1e-6) / step);
            int shown = (int) Math.min(icons.size(), rowsFitting * perRow);
            for (int i = 0; i < shown; i++) {
                double left = x + (i % perRow) * step;
                double top = y + (i / perRow) * step;
                if (i == shown - 1 && shown < icons.size()) {
                    // The last place shows that icons were left out.
                    sheet.markShortened();
                    Font font = type.font(true, 9 * scale);
                    sheet.text(Typesetter.ELLIPSIS, font, sheet.palette.ink(), left + size * 0.2, top + size * 0.2);
                } else {
                    sheet.icon(icons.get(i), left, top, size);
                }
            }
            if (shown < icons.size()) {
                sheet.markShortened();
            }
            double iconsUsed = shown == 0 ? 0 : Math.min(maxHeight, ((shown + perRow - 1) / perRow) * step - GAP * scale);
            double textUsed = 0;
            if (!text.isEmpty()) {
                double column = iconColumnWidth(width, scale);
                textUsed = words.draw(sheet, x + column, y, width - column, scale, maxHeight);
            }
            return Math.max(iconsUsed, textUsed);
        }
    }
}
