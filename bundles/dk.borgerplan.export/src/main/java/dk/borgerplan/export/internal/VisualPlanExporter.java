package dk.borgerplan.export.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DColorMapper;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.PaperSize;
import dk.borgerplan.export.VisualPlanExport;
import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.themes.ThemeCatalog;

/**
 * The visual plan as PDF and PNG: one {@link PlanDrawing} onto a PDFBox Graphics2D (text as real, extractable text
 * in the embedded font) or onto a picture. Neutral means grey throughout, pictures included: the PNG is drawn on a
 * grey picture, and the PDF maps every colour to grey.
 */
@Component(service = VisualPlanExport.class)
public class VisualPlanExporter implements VisualPlanExport {

    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final double PIXELS_PER_MM = PNG_DOTS_PER_INCH / 25.4;
    /** Fast deflate: the page is mostly flat colour, and the top levels cost several times as long for a few %. */
    private static final float PNG_COMPRESSION_QUALITY = 0.8f;

    private final ThemeCatalog themes;
    private final ScaleCatalog scales;
    private final IconCatalog icons;
    /**
     * Loaded beside activation, not in it: a servlet that binds this service is registered only once the service is
     * activated, and reading and parsing the fonts (with AWT's first font work) takes seconds on a cold start.
     */
    private final CompletableFuture<PlanFonts> loading;
    private final IconPictures pictures = new IconPictures();

    @Activate
    public VisualPlanExporter(@Reference ThemeCatalog themes, @Reference ScaleCatalog scales,
            @Reference IconCatalog icons) {
        this.themes = themes;
        this.scales = scales;
        this.icons = icons;
        this.loading = CompletableFuture.supplyAsync(PlanFonts::new);
    }

    @Deactivate
    void deactivate() {
        loading.thenAccept(PlanFonts::close);
    }

    private PlanFonts fonts() {
        return loading.join();
    }

    @Override
    public byte[] pdf(Citizen citizen, Plan plan, ExportOptions options) {
        check(citizen, plan, options);
        PaperSize paper = options.paper();
        boolean neutral = options.look() == PlanLook.NEUTRAL;
        PlanFonts fonts = fonts();
        PlanFonts.TrueTypePair trueType = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PDRectangle box = new PDRectangle((float) (paper.widthMillimetres() * POINTS_PER_MM),
                    (float) (paper.heightMillimetres() * POINTS_PER_MM));
            PDPage page = new PDPage(box);
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, box.getWidth(), box.getHeight());
            PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
            // Subsets: only the letters the plan uses are embedded, which keeps the file small.
            text.registerFont(fonts.regular().getFontName(), PDType0Font.load(document, trueType.regular(), true));
            text.registerFont(fonts.bold().getFontName(), PDType0Font.load(document, trueType.bold(), true));
            g.setFontTextDrawer(text);
            if (neutral) {
                g.setColorMapper(GREY);
            }
            g.scale(POINTS_PER_MM * designScale(paper), POINTS_PER_MM * designScale(paper));
            draw(g, citizen, plan, options, neutral);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            // The title only: the citizen's name stays on the page, not in metadata that indexes and previews show.
            document.getDocumentInformation().setTitle(Words.TITLE.in(options.locale()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The visual plan could not be written as PDF", e);
        } finally {
            fonts.giveBack(trueType);
        }
    }

    @Override
    public byte[] png(Citizen citizen, Plan plan, ExportOptions options) {
        check(citizen, plan, options);
        PaperSize paper = options.paper();
        boolean neutral = options.look() == PlanLook.NEUTRAL;
        int width = (int) Math.round(paper.widthMillimetres() * PIXELS_PER_MM);
        int height = (int) Math.round(paper.heightMillimetres() * PIXELS_PER_MM);
        BufferedImage image = new BufferedImage(width, height,
                neutral ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(PIXELS_PER_MM * designScale(paper), PIXELS_PER_MM * designScale(paper));
            draw(g, citizen, plan, options, neutral);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private void draw(Graphics2D g, Citizen citizen, Plan plan, ExportOptions options, boolean neutral) {
        Sheet sheet = new Sheet(g, new Typesetter(fonts()), pictures.forRender(icons, neutral),
                neutral ? Sheet.Palette.neutral() : Sheet.Palette.colourful());
        new PlanDrawing(sheet, themes, scales, options.locale()).draw(citizen, plan, options);
    }

    /** The page is laid out on A4; larger ISO sizes are the same page scaled (text and icons grow with it). */
    private static double designScale(PaperSize paper) {
        return Math.min(paper.widthMillimetres() / PlanDrawing.WIDTH, paper.heightMillimetres() / PlanDrawing.HEIGHT);
    }

    private static void check(Citizen citizen, Plan plan, ExportOptions options) {
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
    }

    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(PNG_COMPRESSION_QUALITY);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    parameters);
            resolution(metadata);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), parameters);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The visual plan could not be written as PNG", e);
        } finally {
            writer.dispose();
        }
    }

    /** Records 150 dpi in the PNG (pHYs), so that printing it gives the paper size. */
    private static void resolution(IIOMetadata metadata) throws IIOInvalidTreeException {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(PNG_DOTS_PER_INCH / 0.0254));
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(physical);
        metadata.mergeTree(format, root);
    }

    /** Every colour of the neutral PDF as grey (the icons' too), by the same luminance as the grey PNG. */
    private static final IPdfBoxGraphics2DColorMapper GREY = (colour, env) -> new PDColor(
            new float[] {(colour.getRed() * 0.299f + colour.getGreen() * 0.587f + colour.getBlue() * 0.114f) / 255f},
            PDDeviceGray.INSTANCE);
}
