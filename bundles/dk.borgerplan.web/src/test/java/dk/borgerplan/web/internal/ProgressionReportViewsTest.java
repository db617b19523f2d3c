package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionReport;
import dk.borgerplan.plan.ProgressionReport.Cell;
import dk.borgerplan.plan.ProgressionReport.Counts;
import dk.borgerplan.plan.ProgressionReport.Group;
import dk.borgerplan.plan.ProgressionReport.Suppression;
import dk.borgerplan.platform.Text;

/** The progression report's CSV file and SVG chart: Danish Excel's format, no formula, escaped text. */
class ProgressionReportViewsTest {

    private static final Locale DA = Locale.forLanguageTag("da");

    private static ProgressionReport report() {
        Counts counts = new Counts(12, 30, 20, 10, 6, 4, 11, 13, 9, 1);
        return new ProgressionReport(ProgressionGrouping.OFFER, 5, List.of(1, 2), List.of(
                new Group("a|b", Text.of("=HYPERLINK(\"x\") <Bo & Co>", "=HYPERLINK(\"x\") <Bo & Co>"),
                        List.of(new Cell(1, Suppression.NONE, counts),
                                new Cell(2, Suppression.SMALL_GROUP, null))),
                new Group(null, ProgressionGrouping.OFFER.none(),
                        List.of(new Cell(1, Suppression.COMPLEMENTARY, null)))));
    }

    @Test
    void theCsvIsSemicolonSeparatedUtf8WithAByteOrderMarkAndDanishHeadings() throws Exception {
        byte[] csv = ProgressionReportViews.csv(report(), DA);
        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r?\n");
        assertTrue(lines[0].startsWith("Gruppering;Gruppe;Cyklus;Skjult;Borgere;Mål;"), lines[0]);
        assertTrue(lines[1].startsWith("Tilbud;\"'=HYPERLINK(\"\"x\"\") <Bo & Co>\";1;Nej;12;30;20;10;6;4;11;13;9;1"),
                "a label is never a formula: " + lines[1]);
        assertTrue(lines[2].contains(";2;\"Ja – Skjult: færre end 5 borgere\";;;;;;;;;;"), lines[2]);
        assertTrue(lines[3].startsWith("Tilbud;\"Uden tilbud\";1;\"Ja – Skjult for at beskytte en lille gruppe\";"), lines[3]);
        assertFalse(lines[3].matches(".*;\\d+.*;\\d+$"), "no count of a suppressed cell");
        assertEquals(4, lines.length, "no total line");
        String english = new String(ProgressionReportViews.csv(report(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(english.contains("Grouping;Group;Cycle;Hidden;Citizens;Goals;"));
    }

    @Test
    void theChartIsWellFormedSvgWithEveryTextEscaped() throws Exception {
        String svg = ProgressionReportViews.svg(report(), null, DA);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertTrue(svg.contains("&lt;Bo &amp; Co&gt;"));
        assertFalse(svg.contains("<Bo"));
        assertFalse(svg.contains("<script") || svg.contains("<style") || svg.contains("href"));
        assertTrue(svg.contains("Skjult: færre end 5 borgere"));
        assertTrue(svg.contains("30 mål · 65 % lykkedes"), "13 of 20 reviewed succeeded");
        // Only cycle 2: one row, the hidden one.
        String second = ProgressionReportViews.svg(report(), 2, Locale.ENGLISH);
        assertTrue(second.contains("Hidden: fewer than 5 citizens"));
        assertFalse(second.contains("goals ·"));
        assertEquals("a\u0001b".length() - 1, ProgressionReportViews.escape("a\u0001b").length(),
                "a character XML forbids is dropped");
    }

    @Test
    void theJsonViewShowsNoCountOfASuppressedCell() {
        ProgressionReportViews.ReportView view = ProgressionReportViews.json(report(), DA);
        assertEquals("offer", view.groupBy());
        assertEquals("Tilbud", view.groupByLabel());
        assertNull(view.groups().get(0).cycles().get(1).counts());
        assertEquals("SMALL_GROUP", view.groups().get(0).cycles().get(1).suppression());
        assertNull(view.groups().get(0).cycles().get(0).suppressionLabel());
        assertEquals("Uden tilbud", view.groups().get(1).label());
    }
}
