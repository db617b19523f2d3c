package dk.borgerplan.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import dk.borgerplan.plan.ProgressionReport;
import dk.borgerplan.plan.ProgressionReport.Cell;
import dk.borgerplan.plan.ProgressionReport.Counts;
import dk.borgerplan.plan.ProgressionReport.Group;
import dk.borgerplan.plan.ProgressionReport.Suppression;
import dk.borgerplan.platform.Text;

/**
 * The progression report as JSON, as a CSV file and as an SVG chart. The CSV is semicolon-separated UTF-8 with a
 * byte-order mark and Danish headings (English with {@code lang=en}), as Danish Excel opens it; a cell that would
 * start with {@code = + - @} is prefixed with an apostrophe so that a spreadsheet never reads a label as a formula.
 * The SVG is built as text here, every text from data escaped, with presentation attributes only (no style, script
 * or external reference).
 */
final class ProgressionReportViews {

    static final String FILE_NAME = "udvikling-i-maal.csv";
    private static final CsvMapper CSV = new CsvMapper();

    static final Text SMALL_GROUP = Text.of("Skjult: færre end {0} borgere", "Hidden: fewer than {0} citizens");
    static final Text COMPLEMENTARY = Text.of("Skjult for at beskytte en lille gruppe",
            "Hidden to protect a small group");
    private static final Text YES = Text.of("Ja", "Yes");
    private static final Text NO = Text.of("Nej", "No");
    private static final List<Text> HEADINGS = List.of(Text.of("Gruppering", "Grouping"), Text.of("Gruppe", "Group"),
            Text.of("Cyklus", "Cycle"), Text.of("Skjult", "Hidden"), Text.of("Borgere", "Citizens"),
            Text.of("Mål", "Goals"), Text.of("Med status", "Reviewed"), Text.of("Forbedret", "Improved"),
            Text.of("Uændret", "Unchanged"), Text.of("Forværret", "Worsened"),
            Text.of("Forventet score nået", "Expected score reached"),
            Text.of("Lykkedes for måltypen", "Succeeded for the goal type"),
            Text.of("Uden status endnu", "Not reviewed yet"), Text.of("Status på anden skala", "Reviewed on another scale"));
    static final Text GROUPING_OFFER = Text.of("Tilbud", "Offer");
    static final Text GROUPING_TEAM = Text.of("Team", "Team");
    static final Text GROUPING_THEME = Text.of("Tema", "Theme");
    static final Text GROUPING_METHOD = Text.of("Metode", "Method");
    static final Text GROUPING_MUNICIPALITY = Text.of("Handlekommune", "Acting municipality");
    private static final Text TITLE = Text.of("Udvikling i mål efter {0}", "Progress of goals by {0}");
    private static final Text CYCLE = Text.of("{0}. cyklus", "cycle {0}");
    private static final Text IMPROVED = Text.of("Forbedret", "Improved");
    private static final Text UNCHANGED = Text.of("Uændret", "Unchanged");
    private static final Text WORSENED = Text.of("Forværret", "Worsened");
    private static final Text SUMMARY = Text.of("{0} mål · {1} % lykkedes", "{0} goals · {1} % succeeded");
    private static final Text NO_REVIEW = Text.of("{0} mål · ingen status endnu", "{0} goals · none reviewed yet");
    private static final Text EMPTY = Text.of("Ingen mål at vise", "No goals to show");

    private ProgressionReportViews() {
    }

    record ReportView(String groupBy, String groupByLabel, int minimumCitizens, List<Integer> cycleNumbers,
            List<GroupView> groups) {
    }

    record GroupView(String key, String label, List<CellView> cycles) {
    }

    record CellView(int cycleNumber, boolean suppressed, String suppression, String suppressionLabel,
            Counts counts) {
    }

    static ReportView json(ProgressionReport report, Locale locale) {
        return new ReportView(report.grouping().name().toLowerCase(Locale.ROOT),
                groupingLabel(report).in(locale), report.minimumCitizens(), report.cycleNumbers(),
                report.groups().stream().map(g -> new GroupView(g.key(), g.label().in(locale), g.cycles().stream()
                        .map(c -> new CellView(c.cycleNumber(), c.suppressed(), c.suppression().name(),
                                suppressionLabel(c, report, locale), c.counts()))
                        .toList())).toList());
    }

    static Text groupingLabel(ProgressionReport report) {
        return switch (report.grouping()) {
            case OFFER -> GROUPING_OFFER;
            case TEAM -> GROUPING_TEAM;
            case THEME -> GROUPING_THEME;
            case METHOD -> GROUPING_METHOD;
            case MUNICIPALITY -> GROUPING_MUNICIPALITY;
        };
    }

    private static String suppressionLabel(Cell cell, ProgressionReport report, Locale locale) {
        return cell.suppression() == Suppression.SMALL_GROUP
                ? ApiServlet.format(SMALL_GROUP, locale, report.minimumCitizens())
                : cell.suppression() == Suppression.COMPLEMENTARY ? COMPLEMENTARY.in(locale) : null;
    }

    // --- CSV ------------------------------------------------------------------------------------------------

    static void csv(HttpServletResponse response, ProgressionReport report, Locale locale) throws IOException {
        response.setStatus(200);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream()) {
            out.write(csv(report, locale));
        }
    }

    static byte[] csv(ProgressionReport report, Locale locale) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        try (SequenceWriter lines = CSV.writer(schema).writeValues(new OutputStreamWriter(out,
                StandardCharsets.UTF_8))) {
            lines.write(HEADINGS.stream().map(h -> h.in(locale)).toList());
            String grouping = groupingLabel(report).in(locale);
            for (Group group : report.groups()) {
                for (Cell cell : group.cycles()) {
                    List<Object> line = new ArrayList<>(List.of(grouping, safeCell(group.label().in(locale)),
                            cell.cycleNumber()));
                    Counts c = cell.counts();
                    if (c == null) {
                        line.add(YES.in(locale) + " – " + suppressionLabel(cell, report, locale));
                        for (int i = 0; i < 10; i++) {
                            line.add("");
                        }
                    } else {
                        line.add(NO.in(locale));
                        for (long n : new long[] { c.citizens(), c.goals(), c.reviewed(), c.improved(), c.unchanged(),
                            c.worsened(), c.expectedReached(), c.succeeded(), c.notReviewed(), c.notComparable() }) {
                            line.add(n);
                        }
                    }
                    lines.write(line);
                }
            }
        }
        return out.toByteArray();
    }

    /** A spreadsheet reads a cell starting with = + - @ (or a tab or return) as a formula: not ours. */
    static String safeCell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    // --- SVG ------------------------------------------------------------------------------------------------

    private static final int WIDTH = 900;
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_WIDTH = 380;
    private static final int ROW = 30;
    private static final int TOP = 80;
    private static final String GREEN = "#1b7837";
    private static final String GREY = "#6b6b6b";
    private static final String ORANGE = "#b35806";

    /** A horizontal bar per group and cycle: the reviewed goals improved, unchanged and worsened, and success. */
    static String svg(ProgressionReport report, Integer cycle, Locale locale) {
        List<String[]> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Group group : report.groups()) {
            for (Cell cell : group.cycles()) {
                if (cycle == null || cell.cycleNumber() == cycle) {
                    rows.add(new String[] { group.label().in(locale),
                            ApiServlet.format(CYCLE, locale, cell.cycleNumber()) });
                    cells.add(cell);
                }
            }
        }
        int height = TOP + Math.max(1, rows.size()) * ROW + 20;
        String title = ApiServlet.format(TITLE, locale, groupingLabel(report).in(locale).toLowerCase(locale));
        StringBuilder svg = new StringBuilder(2048 + rows.size() * 600);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"title\" font-family=\"sans-serif\" font-size=\"13\">\n")
                .append("<title id=\"title\">").append(escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"10\" y=\"24\" font-size=\"17\" font-weight=\"bold\" fill=\"#000000\">")
                .append(escape(title)).append("</text>\n");
        int x = LABEL_WIDTH;
        for (Object[] legend : new Object[][] { { IMPROVED, GREEN }, { UNCHANGED, GREY }, { WORSENED, ORANGE } }) {
            svg.append("<rect x=\"").append(x).append("\" y=\"40\" width=\"14\" height=\"14\" fill=\"")
                    .append(legend[1]).append("\"/>\n<text x=\"").append(x + 20).append("\" y=\"52\" fill=\"#000000\">")
                    .append(escape(((Text) legend[0]).in(locale))).append("</text>\n");
            x += 130;
        }
        if (rows.isEmpty()) {
            svg.append("<text x=\"10\" y=\"").append(TOP + 20).append("\" fill=\"#000000\">")
                    .append(escape(EMPTY.in(locale))).append("</text>\n");
        }
        for (int i = 0; i < rows.size(); i++) {
            int y = TOP + i * ROW;
            Cell cell = cells.get(i);
            svg.append("<text x=\"10\" y=\"").append(y + 19).append("\" fill=\"#000000\">")
                    .append(escape(shorten(rows.get(i)[0], 34) + " · " + rows.get(i)[1])).append("</text>\n");
            Counts c = cell.counts();
            if (c == null) {
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 5).append("\" width=\"")
                        .append(BAR_WIDTH).append("\" height=\"18\" fill=\"#ffffff\" stroke=\"").append(GREY)
                        .append("\" stroke-dasharray=\"4 3\"/>\n<text x=\"").append(LABEL_WIDTH + 8)
                        .append("\" y=\"").append(y + 19).append("\" fill=\"#000000\" font-style=\"italic\">")
                        .append(escape(suppressionLabel(cell, report, locale))).append("</text>\n");
                continue;
            }
            long reviewed = c.improved() + c.unchanged() + c.worsened();
            int start = LABEL_WIDTH;
            long[] parts = { c.improved(), c.unchanged(), c.worsened() };
            String[] colours = { GREEN, GREY, ORANGE };
            long done = 0;
            for (int p = 0; p < parts.length && reviewed > 0; p++) {
                // Each part ends where the running sum ends, so rounding never leaves a gap or overflows the bar.
                int end = LABEL_WIDTH + (int) Math.round((double) (done + parts[p]) * BAR_WIDTH / reviewed);
                done += parts[p];
                if (end > start) {
                    svg.append("<rect x=\"").append(start).append("\" y=\"").append(y + 5).append("\" width=\"")
                            .append(end - start).append("\" height=\"18\" fill=\"").append(colours[p])
                            .append("\"/>\n");
                }
                start = end;
            }
            if (reviewed == 0) {
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 5).append("\" width=\"")
                        .append(BAR_WIDTH).append("\" height=\"18\" fill=\"#eeeeee\"/>\n");
            }
            String summary = c.reviewed() == 0 ? ApiServlet.format(NO_REVIEW, locale, c.goals())
                    : ApiServlet.format(SUMMARY, locale, c.goals(), Math.round(100.0 * c.succeeded() / c.reviewed()));
            svg.append("<text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 10).append("\" y=\"").append(y + 19)
                    .append("\" fill=\"#000000\">").append(escape(summary)).append("</text>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Text as XML character data or attribute value: markup escaped, characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
