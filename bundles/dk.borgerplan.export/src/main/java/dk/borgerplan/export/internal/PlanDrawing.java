package dk.borgerplan.export.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.VisualPlanExport;
import dk.borgerplan.export.internal.Blocks.EntryBlock;
import dk.borgerplan.export.internal.Blocks.TextBlock;
import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeCatalog;

/**
 * The visual plan "Mit liv – Min plan" drawn on one A4 page, in millimetres, onto any Graphics2D: the PDF and the
 * PNG come from this one drawing (A3 is the same page scaled by √2, as ISO 216 sizes are). Layout as the browser's
 * plan page prints it: the header with name, date and QR code; the wheel (life-theme fields around the centre, the
 * resource field at the top centre, employment at the bottom centre); purpose; the goals side by side; notes and
 * parking lot; approvals. The CPR number is never read.
 */
final class PlanDrawing {

    static final double WIDTH = 210;
    static final double HEIGHT = 297;
    private static final double MARGIN = 8;
    private static final double CONTENT = WIDTH - 2 * MARGIN;
    private static final double PNG_PIXEL = 25.4 / VisualPlanExport.PNG_DOTS_PER_INCH;
    private static final double QR_SIDE = 27;
    private static final double HEADER_BOTTOM = 36;
    private static final double WHEEL_TOP = 38;
    private static final double WHEEL_HEIGHT = 108;
    private static final double PURPOSE_TOP = 149;
    private static final double PURPOSE_HEIGHT = 14;
    private static final double GOALS_TOP = 166;
    private static final double GOALS_BOTTOM = 246;
    private static final double NOTES_TOP = 249;
    private static final double NOTES_HEIGHT = 22;
    private static final double FOOTER_TOP = 273;
    private static final double FOOTER_BOTTOM = HEIGHT - MARGIN;
    private static final int MAX_THEME_FIELDS = 6;

    private final Sheet sheet;
    private final Typesetter type;
    private final ThemeCatalog themes;
    private final ScaleCatalog scales;
    private final Locale locale;

    PlanDrawing(Sheet sheet, ThemeCatalog themes, ScaleCatalog scales, Locale locale) {
        this.sheet = sheet;
        this.type = sheet.type;
        this.themes = themes;
        this.scales = scales;
        this.locale = locale;
    }

    void draw(Citizen citizen, Plan plan, ExportOptions options) {
        sheet.g.setColor(sheet.palette.paper());
        sheet.g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        header(citizen.name(), options);
        wheel(citizen.name(), plan);
        purpose(plan.purpose());
        goals(plan.goals());
        notesAndParkingLot(plan.notes(), plan.parkingLot());
        footer(plan);
    }

    private String words(dk.borgerplan.platform.Text text) {
        return text.in(locale);
    }

    private Color ink() {
        return sheet.palette.ink();
    }

    // ------------------------------------------------------------------ header

    private void header(String name, ExportOptions options) {
        QrCode qr = QrCode.of(options.link());
        // Modules on whole PNG pixels at A4: a sharp code that phone cameras and ZXing read at first try.
        double module = Math.max(1, Math.floor(QR_SIDE / qr.size() / PNG_PIXEL)) * PNG_PIXEL;
        double side = module * qr.size();
        double qrX = Math.floor((WIDTH - MARGIN - side) / PNG_PIXEL) * PNG_PIXEL;
        double qrY = Math.floor((MARGIN - module * QrCode.QUIET_ZONE * 0.5) / PNG_PIXEL) * PNG_PIXEL;
        sheet.g.setColor(Color.WHITE);
        sheet.g.fill(new Rectangle2D.Double(qrX, qrY, side, side));
        Object antialiasing = sheet.g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        sheet.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        sheet.g.setColor(Color.BLACK);
        sheet.g.fill(qr.shape(qrX, qrY, module));
        if (antialiasing != null) {
            sheet.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        }
        double captionWidth = 38;
        double captionX = qrX - captionWidth - 2;
        sheet.fit(List.of(new TextBlock(type, null, words(Words.QR_CAPTION), false, 6.5, sheet.palette.muted(), true)),
                captionX, MARGIN + 12, captionWidth, 12, 0);

        double textWidth = captionX - MARGIN - 3;
        sheet.fit(List.of(new TextBlock(type, null, words(Words.TITLE), true, 16, ink(), true)), MARGIN, MARGIN,
                textWidth, 7.2, 0);
        sheet.fit(List.of(new TextBlock(type, words(Words.NAME) + ":", name, false, 11, ink(), true)), MARGIN,
                MARGIN + 8.5, textWidth, 4.9, 0);
        sheet.fit(List.of(new TextBlock(type, words(Words.DATE) + ":", Words.date(options.date(), locale), false, 9,
                ink(), true)), MARGIN, MARGIN + 14.5, textWidth, 4.0, 0);
        sheet.g.setColor(sheet.palette.muted());
        sheet.g.setStroke(new BasicStroke(0.3f));
        sheet.g.draw(new java.awt.geom.Line2D.Double(MARGIN, HEADER_BOTTOM, captionX - 3, HEADER_BOTTOM));
    }

    // ------------------------------------------------------------------ the wheel

    /** One field of the wheel as drawn. */
    private record Field(String title, String icon, List<FieldEntry> entries, Color fill) {
    }

    private void wheel(String name, Plan plan) {
        double padding = 2.5;
        double gap = 2;
        sheet.box(MARGIN, WHEEL_TOP, CONTENT, WHEEL_HEIGHT, 9, sheet.palette.paper(), ink(), 0.7);
        double cellWidth = (CONTENT - 2 * padding - 2 * gap) / 3;
        double cellHeight = (WHEEL_HEIGHT - 2 * padding - 2 * gap) / 3;
        List<Field> themeFields = themeFields(plan.themeFields());
        // Grid places as the browser's wheel: "t1 res t2" / "t3 centre t4" / "t5 emp t6".
        int[][] themePlaces = {{0, 0}, {2, 0}, {0, 1}, {2, 1}, {0, 2}, {2, 2}};
        for (int i = 0; i < themePlaces.length; i++) {
            Field field = i < themeFields.size() ? themeFields.get(i) : null;
            if (field != null) {
                field(field, MARGIN + padding + themePlaces[i][0] * (cellWidth + gap),
                        WHEEL_TOP + padding + themePlaces[i][1] * (cellHeight + gap), cellWidth, cellHeight, false);
            }
        }
        double middleX = MARGIN + padding + cellWidth + gap;
        field(new Field(words(Words.RESOURCE_FIELD), "resource.smiley", plan.resourceField(),
                sheet.palette.resource()), middleX, WHEEL_TOP + padding, cellWidth, cellHeight, true);
        field(new Field(words(Words.EMPLOYMENT_FIELD), "employment.work", plan.employmentField(),
                sheet.palette.employment()), middleX, WHEEL_TOP + padding + 2 * (cellHeight + gap), cellWidth,
                cellHeight, false);
        centre(name, middleX, WHEEL_TOP + padding + cellHeight + gap, cellWidth, cellHeight);
    }

    /**
     * The wheel's theme fields: the catalogue's life themes in wheel order, each with the plan's entries for it; a
     * plan field of another catalogue version keeps its stored label and takes a free place. Empty fields give way
     * first when there are more than six.
     */
    private List<Field> themeFields(List<ThemeField> planFields) {
        List<Theme> lifeThemes = themes.lifeThemes();
        List<Field> fields = new ArrayList<>();
        List<ThemeField> unplaced = new ArrayList<>(planFields);
        for (int i = 0; i < lifeThemes.size(); i++) {
            Theme theme = lifeThemes.get(i);
            List<FieldEntry> entries = new ArrayList<>();
            unplaced.removeIf(field -> {
                boolean same = field.theme() != null && theme.ref().equals(field.theme().ref());
                if (same) {
                    entries.addAll(field.entries());
                }
                return same;
            });
            fields.add(new Field(theme.label().in(locale), theme.icon(), entries, sheet.palette.field(i)));
        }
        for (ThemeField field : unplaced) {
            fields.add(new Field(field.theme() == null ? "" : themeLabel(field.theme()), null, field.entries(),
                    sheet.palette.field(fields.size())));
        }
        while (fields.size() > MAX_THEME_FIELDS) {
            int empty = indexOfEmpty(fields);
            if (empty < 0) {
                sheet.markShortened();
                fields = fields.subList(0, MAX_THEME_FIELDS);
                break;
            }
            fields.remove(empty);
        }
        return fields;
    }

    private static int indexOfEmpty(List<Field> fields) {
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (fields.get(i).entries().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private void field(Field field, double x, double y, double width, double height, boolean resource) {
        sheet.box(x, y, width, height, resource ? 8 : 4, field.fill(), ink(), 0.35);
        double inset = 1.6;
        double iconSize = 5;
        double titleLeft = x + inset;
        if (field.icon() != null) {
            sheet.icon(field.icon(), x + inset, y + inset, iconSize);
            titleLeft += iconSize + 1;
        }
        double titleWidth = x + width - inset - titleLeft;
        sheet.fit(List.of(new TextBlock(type, null, field.title(), true, 8, ink(), true)), titleLeft, y + inset + 0.7,
                titleWidth, 3.6, 0);
        List<Sheet.Block> entries = new ArrayList<>();
        for (FieldEntry entry : field.entries()) {
            entries.add(new EntryBlock(type, entry.icons(), entry.text(), 7, 6.5, ink()));
        }
        double top = y + inset + iconSize + 1;
        sheet.fit(entries, x + inset, top, width - 2 * inset, y + height - inset - top, 0.9);
    }

    private void centre(String name, double x, double y, double width, double height) {
        double diameter = Math.min(width, height) - 1;
        double left = x + (width - diameter) / 2;
        double top = y + (height - diameter) / 2;
        Ellipse2D circle = new Ellipse2D.Double(left, top, diameter, diameter);
        sheet.g.setColor(sheet.palette.paper());
        sheet.g.fill(circle);
        sheet.g.setColor(ink());
        sheet.g.setStroke(new BasicStroke(0.7f));
        sheet.g.draw(circle);
        double inner = diameter * 0.74;
        List<Sheet.Block> blocks = List.of(new TextBlock(type, null, words(Words.TITLE), true, 9, ink(), false).centred(),
                new TextBlock(type, null, name, false, 8.5, ink(), true).centred());
        double used = blocks.stream().mapToDouble(b -> b.height(inner, 1)).sum() + 1;
        double blockTop = top + Math.max(diameter * 0.13, (diameter - Math.min(used, inner)) / 2);
        sheet.fit(blocks, left + (diameter - inner) / 2, blockTop, inner, inner, 1);
    }

    // ------------------------------------------------------------------ purpose, goals, notes

    private void purpose(String purpose) {
        sheet.box(MARGIN, PURPOSE_TOP, CONTENT, PURPOSE_HEIGHT, 2, sheet.palette.paper(), ink(), 0.35);
        sheet.fit(List.of(new TextBlock(type, words(Words.PURPOSE) + ":", purpose, false, 8.5, ink(), true)),
                MARGIN + 2, PURPOSE_TOP + 1.2, CONTENT - 4, PURPOSE_HEIGHT - 2.4, 0);
    }

    private void goals(List<Goal> goals) {
        sheet.fit(List.of(new TextBlock(type, null, words(Words.GOALS), true, 9.5, ink(), false)), MARGIN, GOALS_TOP,
                CONTENT, 4.2, 0);
        if (goals.isEmpty()) {
            return;
        }
        int columns = Math.min(goals.size(), 3);
        int rows = (goals.size() + columns - 1) / columns;
        double gap = 3;
        double top = GOALS_TOP + 5;
        double cardWidth = (CONTENT - (columns - 1) * gap) / columns;
        double cardHeight = (GOALS_BOTTOM - top - (rows - 1) * 2) / rows;
        for (int i = 0; i < goals.size(); i++) {
            goal(goals.get(i), MARGIN + (i % columns) * (cardWidth + gap), top + (i / columns) * (cardHeight + 2),
                    cardWidth, cardHeight);
        }
    }

    private void goal(Goal goal, double x, double y, double width, double height) {
        sheet.box(x, y, width, height, 2.5, sheet.palette.paper(), ink(), 0.4);
        double headHeight = Math.min(5.6, height / 4);
        sheet.box(x + 0.5, y + 0.5, width - 1, headHeight, 2, sheet.palette.goalHead(), null, 0);
        sheet.fit(List.of(new TextBlock(type, null, words(Words.GOAL) + " " + goal.number(), true, 9, ink(), true)),
                x + 2, y + 1.2, width - 4, headHeight - 0.8, 0);
        List<Sheet.Block> blocks = new ArrayList<>();
        StringBuilder about = new StringBuilder(goal.type().label().in(locale));
        if (goal.primaryTheme() != null) {
            about.append(" · ").append(themeLabel(goal.primaryTheme()));
        }
        blocks.add(new TextBlock(type, null, about.toString(), false, 6.5, sheet.palette.muted(), false));
        if (!goal.icons().isEmpty()) {
            blocks.add(new EntryBlock(type, goal.icons(), null, 7, 7, ink()));
        }
        blocks.add(new TextBlock(type, null, goal.text(), true, 8, ink(), true));
        blocks.add(new TextBlock(type, words(Words.SCORE_NOW) + ":", score(goal.currentScore()), false, 7, ink(),
                false));
        blocks.add(new TextBlock(type, words(Words.SCORE_EXPECTED) + ":", score(goal.expectedScore()), false, 7,
                ink(), false));
        if (goal.citizenScore() != null) {
            blocks.add(new TextBlock(type, words(Words.CITIZEN_SCORE) + ":", score(goal.citizenScore()), false, 7,
                    ink(), false));
        }
        if (goal.disagreementNote() != null && !goal.disagreementNote().isBlank()) {
            blocks.add(new TextBlock(type, words(Words.DISAGREEMENT) + ":", goal.disagreementNote(), false, 6.5,
                    sheet.palette.muted(), true));
        }
        double top = y + 0.5 + headHeight + 1;
        sheet.fit(blocks, x + 2, top, width - 4, y + height - 1.5 - top, 1.1);
    }

    /** A score in words: the scale's label for the level, its number after it; the bare number if unknown. */
    private String score(Score score) {
        if (score == null) {
            return "–";
        }
        return scales.find(score.scale(), score.scaleVersion()).flatMap(scale -> scale.level(score.value()))
                .map(level -> level.label().in(locale) + " (" + score.value() + ")")
                .orElse(String.valueOf(score.value()));
    }

    /** The catalogue's label in the page's language; the label stored with the plan when the catalogue lacks it. */
    private String themeLabel(ThemeUse use) {
        if (use.ref() != null) {
            var theme = themes.find(use.ref());
            if (theme.isPresent() && (Words.english(locale) || use.label() == null || use.label().isBlank())) {
                return theme.get().label().in(locale);
            }
        }
        return use.label() == null ? "" : use.label();
    }

    private void notesAndParkingLot(String notes, List<String> parkingLot) {
        boolean parking = !parkingLot.isEmpty();
        double gap = 3;
        double notesWidth = parking ? CONTENT * 0.58 : CONTENT;
        sheet.box(MARGIN, NOTES_TOP, notesWidth, NOTES_HEIGHT, 2, sheet.palette.paper(), ink(), 0.35);
        sheet.fit(List.of(new TextBlock(type, words(Words.NOTES) + ":", notes, false, 7.5, ink(), true)), MARGIN + 2,
                NOTES_TOP + 1.2, notesWidth - 4, NOTES_HEIGHT - 2.4, 0);
        if (!parking) {
            return;
        }
        double x = MARGIN + notesWidth + gap;
        double width = CONTENT - notesWidth - gap;
        sheet.box(x, NOTES_TOP, width, NOTES_HEIGHT, 2, sheet.palette.paper(), sheet.palette.muted(), 0.35);
        List<Sheet.Block> blocks = new ArrayList<>();
        blocks.add(new TextBlock(type, null, words(Words.PARKING_LOT), true, 7.5, ink(), false));
        for (String thought : parkingLot) {
            blocks.add(new TextBlock(type, "•", thought, false, 7, ink(), true));
        }
        sheet.fit(blocks, x + 2, NOTES_TOP + 1.2, width - 4, NOTES_HEIGHT - 2.4, 0.4);
    }

    // ------------------------------------------------------------------ footer

    private void footer(Plan plan) {
        Map<ApprovalParty, Approval> byParty = new EnumMap<>(ApprovalParty.class);
        for (Approval approval : plan.approvals()) {
            byParty.putIfAbsent(approval.party(), approval);
        }
        StringBuilder line = new StringBuilder();
        for (ApprovalParty party : ApprovalParty.values()) {
            if (line.length() > 0) {
                line.append("  ·  ");
            }
            Approval approval = byParty.get(party);
            line.append(party.label().in(locale)).append(" – ");
            if (approval == null) {
                line.append(words(Words.NOT_APPROVED));
            } else {
                line.append(words(Words.APPROVED));
                if (approval.stamp() != null && approval.stamp().at() != null) {
                    line.append(' ').append(Words.date(approval.stamp().at(), locale));
                }
            }
        }
        String label = words(Words.APPROVALS) + " (" + words(Words.REVISION).toLowerCase(locale) + " "
                + plan.revision() + "):";
        sheet.g.setColor(sheet.palette.muted());
        sheet.g.setStroke(new BasicStroke(0.3f));
        sheet.g.draw(new java.awt.geom.Line2D.Double(MARGIN, FOOTER_TOP, MARGIN + CONTENT, FOOTER_TOP));
        double used = sheet.fit(List.of(new TextBlock(type, label, line.toString(), false, 7, ink(), true)), MARGIN,
                FOOTER_TOP + 1, CONTENT, 7, 0);
        // Last, so that it knows whether anything above (or the approvals) had to be cut.
        if (sheet.shortened()) {
            sheet.fit(List.of(new TextBlock(type, null, words(Words.SHORTENED), true, 7, ink(), true)), MARGIN,
                    FOOTER_TOP + 1 + used + 1, CONTENT, FOOTER_BOTTOM - (FOOTER_TOP + 2 + used), 0);
        }
    }
}
