package dk.borgerplan.export.internal;

import static dk.borgerplan.export.internal.PlanFixtures.CPR;
import static dk.borgerplan.export.internal.PlanFixtures.GOAL_1;
import static dk.borgerplan.export.internal.PlanFixtures.GOAL_2;
import static dk.borgerplan.export.internal.PlanFixtures.GOAL_3;
import static dk.borgerplan.export.internal.PlanFixtures.ICON_COLOUR;
import static dk.borgerplan.export.internal.PlanFixtures.LINK;
import static dk.borgerplan.export.internal.PlanFixtures.NAME;
import static dk.borgerplan.export.internal.PlanFixtures.PURPOSE;
import static dk.borgerplan.export.internal.PlanFixtures.citizen;
import static dk.borgerplan.export.internal.PlanFixtures.fullPlan;
import static dk.borgerplan.export.internal.PlanFixtures.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import dk.borgerplan.export.PaperSize;
import dk.borgerplan.export.VisualPlanExport;
import dk.borgerplan.export.internal.PlanFixtures.TestIcons;
import dk.borgerplan.plan.PlanLook;

class VisualPlanExporterTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private static TestIcons icons;
    private static VisualPlanExport export;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        icons = new TestIcons(true);
        export = new VisualPlanExporter(PlanFixtures.THEMES, PlanFixtures.SCALES, icons);
    }

    // ------------------------------------------------------------------ PDF

    @Test
    void theFullPlanIsOneA4PageWithEveryGoalTheNameThePurposeAndTheScoresInWords() throws IOException {
        byte[] pdf = export.pdf(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(595, size.getWidth(), 1);
            assertEquals(842, size.getHeight(), 1);
            String text = flat(new PDFTextStripper().getText(document));
            for (String expected : List.of(GOAL_1, GOAL_2, GOAL_3, NAME, PURPOSE, "Mit liv – Min plan",
                    "5. december 2026", "Score nu: Svære begrænsninger (3)",
                    "Score forventet: Moderate begrænsninger (2)", "Borgerens egen score: Moderate begrænsninger (2)",
                    "Score nu: Lette begrænsninger (1)", "Udvikle funktionsevne", "Fastholde funktionsevne",
                    "Praktiske opgaver", "Det er jeg god til", "Beskæftigelse", "Parkeringspladsen", "Ny cykel",
                    "Myndighed – godkendt 3. december 2026", "ikke godkendt endnu", "Egenomsorg", "Relationer")) {
                assertTrue(text.contains(flat(expected)), () -> "missing \"" + expected + "\" in: " + text);
            }
            assertTrue(text.contains("æøå") && text.contains("ÆØÅ"), "Danish letters survive as text");
            assertTrue(text.contains("Søren Ærø Ålund"), "Danish capitals ÆØÅ survive");
            assertFalse(text.contains("…"), "a full plan of ordinary length is not cut");
        }
    }

    @Test
    void theTextIsInTheEmbeddedShippedFontAndNothingIsDrawnAsShapesOnly() throws IOException {
        byte[] pdf = export.pdf(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(document.getPage(0));
            assertFalse(fonts.isEmpty(), "the text is text, not outlines");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSansCondensed"), font.getName());
            }
        }
    }

    @Test
    void theCprNumberIsNeitherInTheTextNorInTheFile() throws IOException {
        byte[] pdf = export.pdf(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL));
        String bytes = new String(pdf, StandardCharsets.ISO_8859_1);
        for (String form : List.of(CPR, "010180-1234", "010180")) {
            assertFalse(bytes.contains(form), "CPR in the file");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains("010180"), "CPR in the text");
            assertFalse(text.replaceAll("\\D", "").contains(CPR), "CPR in the text");
            assertFalse(NAME.equals(document.getDocumentInformation().getTitle()));
            assertEquals(null, document.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void a3IsTheSamePageOnA3Paper() throws IOException {
        byte[] pdf = export.pdf(citizen(), fullPlan(), options(PaperSize.A3, PlanLook.NEUTRAL));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(842, document.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(1191, document.getPage(0).getMediaBox().getHeight(), 1);
            String text = flat(new PDFTextStripper().getText(document));
            assertTrue(text.contains(flat(GOAL_2)), text);
        }
    }

    @Test
    void theNeutralPdfHasNoColourEvenInTheIcons() throws IOException {
        BufferedImage neutral = renderPdf(export.pdf(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.NEUTRAL)));
        BufferedImage colourful = renderPdf(
                export.pdf(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL)));
        assertEquals(0, saturatedPixels(neutral));
        assertTrue(saturatedPixels(colourful) > 10_000, "the colourful look has colour");
    }

    @Test
    void tooMuchTextShrinksAndIsCutVisiblyButStaysOnOnePage() throws IOException {
        byte[] pdf = export.pdf(citizen(), PlanFixtures.overfullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("…"), "cut text ends in an ellipsis");
            assertTrue(flat(text).contains("betyder: teksten er forkortet her"), "the footer says what … means");
            assertTrue(flat(text).contains("Score nu: Svære begrænsninger (3)"), "the scores stay when text is cut");
        }
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                export.png(citizen(), PlanFixtures.overfullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL))));
        assertEquals(1240, png.getWidth());
    }

    @Test
    void englishGivesEnglishFixedWordsAndScaleWordsWhileTheCitizensWordsStay() throws IOException {
        byte[] pdf = export.pdf(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL, Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(document));
            for (String expected : List.of("My life – My plan", "5 December 2026", "Score now: Severe limitations (3)",
                    "Score expected: Moderate limitations (2)", "Purpose:", "SMART goals", "The parking lot",
                    "Develop functioning", "Authority – approved 3 December 2026", GOAL_1)) {
                assertTrue(text.contains(flat(expected)), () -> "missing \"" + expected + "\" in: " + text);
            }
            assertFalse(text.contains("Score nu"));
            assertFalse(text.contains("Formål"));
        }
    }

    // ------------------------------------------------------------------ PNG

    @Test
    void thePngHasThePaperSizeAt150DotsPerInch() throws IOException {
        assertEquals(150, VisualPlanExport.PNG_DOTS_PER_INCH);
        BufferedImage a4 = png(PaperSize.A4, PlanLook.COLOURFUL);
        assertEquals(1240, a4.getWidth());
        assertEquals(1754, a4.getHeight());
        BufferedImage a3 = png(PaperSize.A3, PlanLook.COLOURFUL);
        assertEquals(1754, a3.getWidth());
        assertEquals(2480, a3.getHeight());
    }

    @Test
    void theNeutralLookIsGreyAndTheColourfulLookIsNot() throws IOException {
        BufferedImage neutral = png(PaperSize.A4, PlanLook.NEUTRAL);
        BufferedImage colourful = png(PaperSize.A4, PlanLook.COLOURFUL);
        assertEquals(0, saturatedPixels(neutral));
        assertTrue(saturatedPixels(colourful) > 100_000, "the fields are coloured");
        assertTrue(darkPixels(neutral) > 10_000, "the neutral look draws the same outlines and text");
    }

    @Test
    void theQrCodeLeadsToThePlansLink() throws Exception {
        for (PaperSize paper : PaperSize.values()) {
            for (PlanLook look : PlanLook.values()) {
                assertEquals(LINK.toString(), decodeQr(png(paper, look)).getText(), paper + " " + look);
            }
        }
    }

    @Test
    void theIconsAreDrawnAndAPackSwapIsSeenAtTheNextRender() throws IOException {
        BufferedImage with = png(PaperSize.A4, PlanLook.COLOURFUL);
        VisualPlanExport noIcons = new VisualPlanExporter(PlanFixtures.THEMES, PlanFixtures.SCALES,
                new TestIcons(false));
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(
                noIcons.png(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL))));
        int iconPixels = pixelsNear(with, ICON_COLOUR);
        assertTrue(iconPixels > 20_000, "the SVG icons are drawn: " + iconPixels);
        assertEquals(0, pixelsNear(without, ICON_COLOUR));
        assertTrue(pixelsNear(with, new Color(0x2a9d8f)) > 500, "the PNG icon is drawn");

        TestIcons swapping = new TestIcons(true);
        VisualPlanExport exporter = new VisualPlanExporter(PlanFixtures.THEMES, PlanFixtures.SCALES, swapping);
        exporter.png(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL));
        int asked = swapping.imagesAsked.get();
        assertTrue(asked > 0);
        swapping.swap("goal.sleep", new Color(0x00ff00));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(
                exporter.png(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.COLOURFUL))));
        assertEquals(2 * asked, swapping.imagesAsked.get(), "every render asks the catalogue again");
        assertTrue(pixelsNear(after, new Color(0x00ff00)) > 300, "the swapped picture is drawn");
    }

    @Test
    void pdfAndPngComeFromOneDrawing() throws IOException {
        BufferedImage fromPdf = renderPdf(export.pdf(citizen(), fullPlan(), options(PaperSize.A4, PlanLook.NEUTRAL)));
        BufferedImage png = png(PaperSize.A4, PlanLook.NEUTRAL);
        assertEquals(png.getWidth(), fromPdf.getWidth(), 1);
        assertEquals(png.getHeight(), fromPdf.getHeight(), 1);
        // Same layout: the black pixels (outlines, text, QR) agree within a few per cent. Only near-black counts:
        // ImageIO reads a grey PNG through a linear grey colour space, which lightens the mid greys.
        double pdfDark = blackPixels(fromPdf);
        double pngDark = blackPixels(png);
        assertEquals(1.0, pdfDark / pngDark, 0.2);
        assertNotEquals(0, pngDark);
    }

    // ------------------------------------------------------------------ helpers

    private static BufferedImage png(PaperSize paper, PlanLook look) throws IOException {
        byte[] png = export.png(citizen(), fullPlan(), options(paper, look));
        assertEquals((byte) 0x89, png[0]);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static BufferedImage renderPdf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, VisualPlanExport.PNG_DOTS_PER_INCH);
        }
    }

    private static Result decodeQr(BufferedImage image) throws NotFoundException, Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        collectFonts(page.getResources(), fonts);
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    /** Pixels whose channels differ by more than a little: colour, not grey. */
    private static int saturatedPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 24) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int darkPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int blackPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int pixelsNear(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - colour.getRed()) < 12
                        && Math.abs(((rgb >> 8) & 0xff) - colour.getGreen()) < 12
                        && Math.abs((rgb & 0xff) - colour.getBlue()) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
