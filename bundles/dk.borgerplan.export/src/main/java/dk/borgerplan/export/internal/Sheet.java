package dk.borgerplan.export.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.borgerplan.export.internal.IconPictures.Picture;

/**
 * One page being drawn, in millimetres, with what its parts share: the Graphics2D (PDF or PNG), the typesetter, the
 * icons of this render, the look's colours, and whether any text had to be cut (the footer then explains the
 * ellipsis). Text that does not fit first shrinks, then is cut with an ellipsis: it never runs outside its box.
 */
final class Sheet {

    /** How far text may shrink before it is cut: below about 5 pt an A4 plan is no longer readable. */
    static final double[] SCALES = {1.0, 0.92, 0.85, 0.78, 0.72};

    final Graphics2D g;
    final Typesetter type;
    final IconPictures.ForOneRender icons;
    final Palette palette;
    private boolean shortened;
    /** Where the last text line drawn ended, so that a box whose later parts were left out can show "…" there. */
    private double lastLineEndX;
    private double lastLineBaseline;
    private Font lastLineFont;

    Sheet(Graphics2D g, Typesetter type, IconPictures.ForOneRender icons, Palette palette) {
        this.g = g;
        this.type = type;
        this.icons = icons;
        this.palette = palette;
    }

    boolean shortened() {
        return shortened;
    }

    void markShortened() {
        shortened = true;
    }

    void text(String text, Font font, Color colour, double x, double top) {
        g.setFont(font);
        g.setColor(colour);
        g.drawString(text, (float) x, (float) (top + font.getSize2D() * Typesetter.BASELINE));
        lastLineEndX = x + type.width(text, font);
        lastLineBaseline = top + font.getSize2D() * Typesetter.BASELINE;
        lastLineFont = font;
    }

    void box(double x, double y, double width, double height, double radius, Color fill, Color outline,
            double outlineWidth) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2);
        if (fill != null) {
            g.setColor(fill);
            g.fill(shape);
        }
        if (outline != null) {
            g.setColor(outline);
            g.setStroke(new BasicStroke((float) outlineWidth));
            g.draw(shape);
        }
    }

    /** The icon of a concept, or a dashed square where no active pack has it any more. */
    void icon(String conceptId, double x, double y, double size) {
        Optional<Picture> picture = icons.picture(conceptId);
        if (picture.isPresent()) {
            picture.get().draw(g, x, y, size, size);
            return;
        }
        g.setColor(palette.muted());
        g.setStroke(new BasicStroke((float) (size / 40), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {(float) (size / 10), (float) (size / 14)}, 0));
        g.draw(new Rectangle2D.Double(x + size * 0.1, y + size * 0.1, size * 0.8, size * 0.8));
    }

    /**
     * Draws blocks top-down into a box, at the largest scale at which all fit; if none does, at the smallest, the
     * flexible blocks (the long texts) give way first, and whatever is cut ends in an ellipsis.
     *
     * @return the height used
     */
    double fit(List<Block> blocks, double x, double y, double width, double height, double gap) {
        double used = 0;
        for (double scale : SCALES) {
            double total = total(blocks, width, scale, gap);
            if (total <= height + 1e-6) {
                return drawAll(blocks, x, y, width, scale, gap);
            }
        }
        double scale = SCALES[SCALES.length - 1];
        double scaledGap = gap * scale;
        double fixed = 0;
        for (Block block : blocks) {
            fixed += (block.flexible ? 0 : block.height(width, scale)) + scaledGap;
        }
        double forFlexible = height - fixed + scaledGap;
        boolean fixedFits = forFlexible >= 0;
        double remaining = height;
        double top = y;
        int drawn = 0;
        for (Block block : blocks) {
            double full = block.height(width, scale);
            double allowed;
            if (fixedFits) {
                allowed = block.flexible ? Math.min(full, forFlexible) : full;
            } else {
                allowed = Math.min(full, remaining);
            }
            if (allowed <= 0) {
                break;
            }
            double h = block.draw(this, x, top, width, scale, allowed);
            if (block.flexible) {
                forFlexible -= h;
            }
            top += h + scaledGap;
            remaining -= h + scaledGap;
            used = top - y - scaledGap;
            drawn++;
            if (!fixedFits && h < full) {
                break;
            }
        }
        if (drawn < blocks.size()) {
            markShortened();
            ellipsisAfterLastLine(x + width);
        }
        return Math.max(used, 0);
    }

    private void ellipsisAfterLastLine(double right) {
        if (lastLineFont == null) {
            return;
        }
        double space = type.width(" " + Typesetter.ELLIPSIS, lastLineFont);
        double x = Math.min(lastLineEndX, right - space);
        g.setFont(lastLineFont);
        g.setColor(palette.ink());
        g.drawString(" " + Typesetter.ELLIPSIS, (float) x, (float) lastLineBaseline);
    }

    private static double total(List<Block> blocks, double width, double scale, double gap) {
        double total = 0;
        for (Block block : blocks) {
            total += block.height(width, scale);
        }
        return total + gap * scale * Math.max(0, blocks.size() - 1);
    }

    private double drawAll(List<Block> blocks, double x, double y, double width, double scale, double gap) {
        double top = y;
        for (Block block : blocks) {
            top += block.draw(this, x, top, width, scale, Double.MAX_VALUE) + gap * scale;
        }
        return top - y - (blocks.isEmpty() ? 0 : gap * scale);
    }

    /** The colours of one look. */
    record Palette(Color ink, Color muted, Color paper, List<Color> fields, Color resource, Color employment,
            Color goalHead) {

        static Palette colourful() {
            // The browser's colours (base.css --field-1 … --field-8), so paper and screen match.
            return new Palette(new Color(0x1f2937), new Color(0x4b5563), Color.WHITE,
                    List.of(new Color(0xbbf7d0), new Color(0xbfdbfe), new Color(0xfbcfe8), new Color(0xddd6fe),
                            new Color(0xfed7aa), new Color(0xbbf7d0)),
                    new Color(0xfde68a), new Color(0xa5f3fc), new Color(0xdbeafe));
        }

        static Palette neutral() {
            Color field = new Color(0xf3f4f6);
            return new Palette(Color.BLACK, new Color(0x4b4b4b), Color.WHITE, new ArrayList<>(List.of(field, field,
                    field, field, field, field)), field, field, new Color(0xe5e5e5));
        }

        Color field(int index) {
            return fields.get(index % fields.size());
        }
    }

    /** A part of a box that can be measured and drawn at a scale. */
    abstract static class Block {
        /** A flexible block (a long text) gives way first when a box is too full. */
        final boolean flexible;

        Block(boolean flexible) {
            this.flexible = flexible;
        }

        abstract double height(double width, double scale);

        /** Draws no taller than {@code maxHeight}, cutting with an ellipsis; returns the height used. */
        abstract double draw(Sheet sheet, double x, double y, double width, double scale, double maxHeight);
    }
}
