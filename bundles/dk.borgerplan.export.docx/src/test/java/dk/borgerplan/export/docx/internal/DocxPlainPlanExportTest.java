package dk.borgerplan.export.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxPlainPlanExportTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final DocxPlainPlanExport export = new DocxPlainPlanExport(Fixtures.scales(), Fixtures.icons());

    private XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> withStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    private static String allText(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void headingsAreWordHeadingsInTheSeedsWords() throws IOException {
        try (XWPFDocument document = read(export.docx(Fixtures.citizen(), Fixtures.plan(), Fixtures.options(DANISH)))) {
            assertEquals(List.of("Mit liv – Min plan"), withStyle(document, "Title"));
            assertEquals(List.of("Formål", "Ressourcefeltet", "Livstemaer", "Beskæftigelsesfeltet", "Indsatsmål",
                    "Noter", "Parkeringspladsen", "Godkendelse"), withStyle(document, "Heading1"));
            List<String> heading2 = withStyle(document, "Heading2");
            assertEquals(List.of("Egenomsorg", "Relationer",
                    "Mål 1: Jeg vil selv kunne lave aftensmad to gange om ugen",
                    "Mål 2: Jeg vil gå en tur i skoven hver søndag",
                    "Mål 3: Jeg vil ringe til min søster én gang om ugen"), heading2);
            // The styles exist, under Word's built-in names and with outline levels: that is what the navigation
            // pane and screen readers go by.
            assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
            assertEquals("heading 2", document.getStyles().getStyle("Heading2").getName());
            assertEquals(0, document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()
                    .intValue());
            assertEquals(1, document.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal()
                    .intValue());
        }
    }

    @Test
    void contentOfTheVisualPlan() throws IOException {
        try (XWPFDocument document = read(export.docx(Fixtures.citizen(), Fixtures.plan(), Fixtures.options(DANISH)))) {
            String text = allText(document);
            assertTrue(text.contains("Navn: " + Fixtures.NAME), text);
            assertTrue(text.contains("Dato: 5. december 2026"), text);
            assertTrue(text.contains("Borgerplansmøde: 3. december 2026"), text);
            assertTrue(text.contains("Jeg vil have et godt og selvstændigt liv i min egen lejlighed"), text);
            assertTrue(text.contains("Jeg er god til at gå ture med hunden (ikoner: Hund)"), text);
            assertTrue(text.contains("Musik, icon.ukendt"), text);
            assertTrue(text.contains("Bade hver morgen"), text);
            assertTrue(text.contains("Jeg drømmer om et job i en gartnerbutik"), text);
            assertTrue(text.contains("Score nu: Svære begrænsninger (3) – Jeg har brug for meget hjælp"), text);
            assertTrue(text.contains("Score forventet: Lette begrænsninger (1)"), text);
            assertTrue(text.contains("Borgerens egen score: Moderate begrænsninger (2)"), text);
            assertTrue(text.contains("Score nu: Totale begrænsninger (4)"), text);
            assertTrue(text.contains("Score forventet: Ingen/ubetydelige begrænsninger (0)"), text);
            assertTrue(text.contains("Måltype: Fastholde funktionsevne"), text);
            assertTrue(text.contains("Livstema: Praktiske opgaver"), text);
            assertTrue(text.contains("Målbart: Når jeg har lavet mad to gange om ugen i en måned"), text);
            assertTrue(text.contains("Ikoner: Madlavning"), text);
            assertTrue(text.contains("Vi mødes igen om et år."), text);
            assertTrue(text.contains("Ferien på Ærø til sommer"), text);
            assertTrue(text.contains("Borger: godkendt 5. december 2026, på vegne af Åse Ærø (værge)"), text);
            assertTrue(text.contains("Myndighed: godkendt 5. december 2026"), text);
        }
    }

    @Test
    void fieldsAndGoalDetailsAreBulletLists() throws IOException {
        try (XWPFDocument document = read(export.docx(Fixtures.citizen(), Fixtures.plan(), Fixtures.options(DANISH)))) {
            XWPFParagraph bullet = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Bade hver morgen")).findFirst().orElseThrow();
            assertEquals("ListParagraph", bullet.getStyle());
            assertEquals("bullet", bullet.getNumFmt());
        }
    }

    @Test
    void languageAndTitleAreSet() throws IOException {
        try (XWPFDocument document = read(export.docx(Fixtures.citizen(), Fixtures.plan(), Fixtures.options(DANISH)))) {
            assertEquals("Mit liv – Min plan", document.getProperties().getCoreProperties().getTitle());
            assertEquals("da-DK", document.getProperties().getCoreProperties().getUnderlyingProperties()
                    .getLanguageProperty().orElseThrow());
            assertEquals("da-DK", document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getLangArray(0).getVal());
        }
    }

    @Test
    void noCprNumberAnywhereInTheFile() throws IOException {
        byte[] docx = export.docx(Fixtures.citizen(), Fixtures.plan(), Fixtures.options(DANISH));
        String cpr = Fixtures.CPR;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                parts++;
                assertFalse(xml.contains(cpr), entry.getName());
                assertFalse(xml.contains(cpr.substring(0, 6) + "-" + cpr.substring(6)), entry.getName());
                if (entry.getName().equals("word/document.xml")) {
                    assertTrue(xml.contains("Søren Ærø Østergård"), "the name, æøå intact");
                }
            }
        }
        assertTrue(parts > 5, "a DOCX package of several parts");
    }

    @Test
    void englishHasEnglishFixedWords() throws IOException {
        byte[] docx = export.docx(Fixtures.citizen(), Fixtures.plan(), Fixtures.options(Locale.ENGLISH));
        try (XWPFDocument document = read(docx)) {
            assertEquals(List.of("My life – My plan"), withStyle(document, "Title"));
            assertEquals(List.of("Purpose", "Resource field", "Life themes", "Employment field", "Goals", "Notes",
                    "Parking lot", "Approval"), withStyle(document, "Heading1"));
            String text = allText(document);
            assertTrue(text.contains("Date: 5 December 2026"), text);
            assertTrue(text.contains("Score now: Severe limitations (3)"), text);
            assertTrue(text.contains("Expected score: Mild limitations (1)"), text);
            assertTrue(text.contains("Goal 1: Jeg vil selv kunne lave aftensmad"), "the citizen's words stay");
            assertEquals("en-GB", document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getLangArray(0).getVal());
        }
    }

    @Test
    void anEmptyPlanStillHasEveryHeading() throws IOException {
        var full = Fixtures.plan();
        var empty = new dk.borgerplan.plan.Plan("p-2", "c-1", null, List.of(), 1, full.created(), full.updated());
        try (XWPFDocument document = read(export.docx(Fixtures.citizen(), empty, Fixtures.options(DANISH)))) {
            assertEquals(8, withStyle(document, "Heading1").size());
            assertTrue(allText(document).contains("Intet skrevet."));
            assertTrue(allText(document).contains("Planen er ikke godkendt endnu."));
        }
    }

    @Test
    void theContextClassLoaderIsRestored() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader[] during = new ClassLoader[1];
        DocxPlainPlanExport.withOwnClassLoader(() -> during[0] = Thread.currentThread().getContextClassLoader());
        assertEquals(DocxPlainPlanExport.class.getClassLoader(), during[0]);
        assertEquals(before, Thread.currentThread().getContextClassLoader());
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("ab\tc", PlainDocument.clean("a\u0001b\tc\u0000"));
        assertEquals("", PlainDocument.clean(null));
    }
}
