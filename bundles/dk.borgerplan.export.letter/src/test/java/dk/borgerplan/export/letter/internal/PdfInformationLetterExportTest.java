package dk.borgerplan.export.letter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.PaperSize;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.platform.PlatformHome;

class PdfInformationLetterExportTest {

    private static final String CPR = "0101901234";
    private static final String NAME = "Søren Ærø Østergård";

    @TempDir
    Path home;

    private final List<String> errors = new ArrayList<>();

    private PdfInformationLetterExport export(LetterConfig config) {
        PlatformHome platformHome = () -> home;
        return new PdfInformationLetterExport(platformHome, config, errors::add);
    }

    private static Citizen citizen() {
        Stamp stamp = new Stamp("sagsbehandler", Instant.parse("2026-11-01T10:00:00Z"));
        return new Citizen("c-1", NAME, CprNumber.parse(CPR), Set.of(TargetGroup.AUTISM), "0751", "0751",
                PlanLook.COLOURFUL, false, 1, stamp, stamp);
    }

    private static Plan plan() {
        Stamp stamp = new Stamp("sagsbehandler", Instant.parse("2026-11-01T10:00:00Z"));
        return new Plan("p-1", "c-1", "cy-1", "Formål", List.of(), null, null, null, null, null, null, 1, List.of(), 1,
                stamp, stamp, new PlanMeeting(LocalDate.of(2027, 1, 12), List.of()));
    }

    private static ExportOptions options(Locale locale) {
        return new ExportOptions(PaperSize.A4, PlanLook.COLOURFUL, locale, URI.create("https://borgerplan.example/p/1"),
                LocalDate.of(2026, 12, 5));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text as one line: where the layout broke a line does not matter to what the letter says. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theDefaultLetterInDanish() throws IOException {
        byte[] pdf = export(config("", "Randers Kommune, Socialområdet")).pdf(citizen(), plan(),
                options(Locale.forLanguageTag("da")));
        String text = flat(text(pdf));
        assertTrue(text.contains("Til Aarhus Kommune"), text);
        assertTrue(text.contains("Vedrørende: " + NAME), "the name, æøå intact: " + text);
        assertTrue(text.contains("Dato for borgerplansmødet: 12. januar 2027"), text);
        assertTrue(text.contains("Dato: 5. december 2026"), text);
        assertTrue(text.contains("Information om ”Mit liv – Min plan”"), text);
        assertTrue(text.contains("præsentationsvideoen til pårørende"), text);
        assertTrue(text(pdf).contains("\nvideomateriale-mit-liv-min-plan/"), "a link broken after a slash: " + text);
        assertTrue(text.contains("Randers Kommune, Socialområdet"), text);
        assertEquals(List.of(), errors);
    }

    @Test
    void noCprNumberAnywhere() throws IOException {
        byte[] pdf = export(config("", "Afsender")).pdf(citizen(), plan(), options(Locale.forLanguageTag("da")));
        String text = text(pdf).replaceAll("\\s", "");
        assertFalse(text.contains(CPR), "no CPR in the text");
        assertFalse(text.contains("010190-1234"), "no CPR in the text");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(CPR), "no CPR in the file");
    }

    @Test
    void a4FontEmbeddedAndLanguage() throws IOException {
        byte[] pdf = export(config("", "Afsender")).pdf(citizen(), plan(), options(Locale.forLanguageTag("da")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
                fonts++;
            }
            assertTrue(fonts > 0);
            assertEquals("da-DK", document.getDocumentCatalog().getLanguage());
            assertEquals("Informationsbrev til samarbejdskommuner", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void withoutAPlanTheMeetingDateIsNotYetSet() throws IOException {
        String text = text(export(config("", "Afsender")).pdf(citizen(), null, options(Locale.forLanguageTag("da"))));
        assertTrue(text.contains("Dato for borgerplansmødet: endnu ikke fastlagt"), text);
    }

    @Test
    void englishLetter() throws IOException {
        String text = flat(text(export(config("", "Randers Municipality")).pdf(citizen(), plan(),
                options(Locale.ENGLISH))));
        assertTrue(text.contains("To Aarhus Kommune"), text);
        assertTrue(text.contains("Date of the plan meeting: 12 January 2027"), text);
        assertTrue(text.contains("presentation video for relatives"), text);
        assertTrue(text.contains(NAME), text);
    }

    @Test
    void theMunicipalitysOwnTemplateIsUsed() throws IOException {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/brev.txt"), "# Kære ${kommune}\n\nVi skriver om ${borger}.\n"
                + "Mødet er ${moededato}.\n\nHilsen ${afsender} – æøå ÆØÅ\n\nPris: $${kommune}", StandardCharsets.UTF_8);
        String text = text(export(config("etc/brev.txt", "Randers Kommune")).pdf(citizen(), plan(),
                options(Locale.forLanguageTag("da"))));
        assertTrue(text.contains("Kære Aarhus Kommune"), text);
        assertTrue(text.contains("Vi skriver om " + NAME + ".\nMødet er 12. januar 2027."), text);
        assertTrue(text.contains("Hilsen Randers Kommune – æøå ÆØÅ"), text);
        assertTrue(text.contains("Pris: ${kommune}"), "an escaped placeholder stays as written: " + text);
        assertFalse(text.contains("Mit liv"), "nothing of the built-in letter: " + text);
        assertEquals(List.of(), errors);
    }

    @Test
    void anUnknownPlaceholderIsAConfigurationErrorReportedOnce() throws IOException {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/brev.txt"), "Kære ${komune}\n\n${borger}", StandardCharsets.UTF_8);
        PdfInformationLetterExport export = export(config("etc/brev.txt", "Afsender"));
        for (int i = 0; i < 3; i++) {
            String text = text(export.pdf(citizen(), plan(), options(Locale.forLanguageTag("da"))));
            assertFalse(text.contains("${"), "no broken letter: " + text);
            assertTrue(text.contains("Information om ”Mit liv – Min plan”"), "the built-in letter instead: " + text);
        }
        assertEquals(1, errors.size(), errors.toString());
        String error = errors.get(0);
        assertTrue(error.contains("unknown placeholder(s) [komune]"), error);
        assertTrue(error.contains("brev.txt"), error);
        assertFalse(error.contains(NAME) || error.contains("Søren") || error.contains(CPR), "no personal data");
    }

    @Test
    void aNameThatLooksLikeAPlaceholderIsNotExpanded() throws IOException {
        Stamp stamp = new Stamp("x", Instant.parse("2026-11-01T10:00:00Z"));
        Citizen odd = new Citizen("c-2", "${afsender} Hansen", null, Set.of(), "999", null, PlanLook.NEUTRAL, false, 1,
                stamp, stamp);
        String text = text(export(config("", "Randers Kommune")).pdf(odd, null, options(Locale.forLanguageTag("da"))));
        assertTrue(text.contains("Vedrørende: ${afsender} Hansen"), text);
        assertTrue(text.contains("Til kommunekode 999"), text);
    }

    @Test
    void aLongLetterWrapsAndRunsOverPages() throws IOException {
        Files.createDirectories(home.resolve("etc"));
        String paragraph = "Dette er en lang sætning om ${borger} og borgerplansmødet, der skal ombrydes pænt. ".repeat(12);
        Files.writeString(home.resolve("etc/lang.txt"), (paragraph + "\n\n").repeat(15)
                + "https://www.example.dk/" + "meget-lang-adresse-".repeat(20), StandardCharsets.UTF_8);
        byte[] pdf = export(config("etc/lang.txt", "Afsender")).pdf(citizen(), plan(),
                options(Locale.forLanguageTag("da")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1, "pages: " + document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            for (String line : stripper.getText(document).split("\\R")) {
                assertTrue(line.length() < 110, "a line within the margins: " + line);
            }
        }
        // Every glyph inside the page: checked through the text positions' x coordinates.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float right = PDRectangle.A4.getWidth() - 25 * 72f / 25.4f + 1;
            List<Float> tooFar = new ArrayList<>();
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    for (org.apache.pdfbox.text.TextPosition glyph : glyphs) {
                        if (glyph.getXDirAdj() + glyph.getWidthDirAdj() > right) {
                            tooFar.add(glyph.getXDirAdj());
                        }
                    }
                }
            };
            positions.getText(document);
            assertEquals(List.of(), tooFar);
        }
    }

    @Test
    void charactersWithoutAGlyphDoNotStopTheLetter() throws IOException {
        Stamp stamp = new Stamp("x", Instant.parse("2026-11-01T10:00:00Z"));
        Citizen emoji = new Citizen("c-3", "Ida \uD83D\uDE00 Ørum", null, Set.of(), "730", null, PlanLook.NEUTRAL, false,
                1, stamp, stamp);
        String text = text(export(config("", "Afsender")).pdf(emoji, null, options(Locale.forLanguageTag("da"))));
        assertTrue(text.contains("Ida ? Ørum"), text);
        assertTrue(text.contains("Til Randers Kommune"), text);
    }

    static LetterConfig config(String template, String sender) {
        return new LetterConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return LetterConfig.class;
            }

            @Override
            public String template() {
                return template.isEmpty() ? "etc/informationsbrev.txt" : template;
            }

            @Override
            public String template_en() {
                return "etc/informationsbrev-en.txt";
            }

            @Override
            public String sender() {
                return sender;
            }

            @Override
            public String video() {
                return "https://www.randers.dk/borger/socialt/handicap/mit-liv-min-plan-den-visuelle-borgerplan/"
                        + "videomateriale-mit-liv-min-plan/";
            }

            @Override
            public String video_relatives() {
                return video();
            }

            @Override
            public String[] municipalities() {
                return new String[] {"101=Københavns Kommune", "730=Randers Kommune", "751=Aarhus Kommune"};
            }
        };
    }
}
