package dk.borgerplan.export.docx.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles and the bullet list of the plain document. A new POI document has no styles part, so a paragraph that
 * names "Heading1" would fall back to plain text; Word's navigation pane and screen readers recognise a heading by
 * the built-in style names ("heading 1") and the outline level, so both are defined here.
 */
final class WordStyles {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String LIST_PARAGRAPH = "ListParagraph";

    private WordStyles() {
    }

    /** Defines the styles, with the document's language (e.g. {@code da-DK}) as default for all text. */
    static void define(XWPFDocument document, String language) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr defaultRun = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaultRun.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        defaultRun.addNewSz().setVal(BigInteger.valueOf(24));
        defaultRun.addNewLang().setVal(language);
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));

        CTStyle normal = style(styles, "Normal", "Normal", null);
        normal.setDefault(true);
        CTStyle title = style(styles, TITLE, "Title", "Normal");
        run(title, 56, true);
        paragraph(title, 0, 240).unsetOutlineLvl();
        CTStyle heading1 = style(styles, HEADING_1, "heading 1", "Normal");
        run(heading1, 36, true);
        paragraph(heading1, 0, 360);
        CTStyle heading2 = style(styles, HEADING_2, "heading 2", "Normal");
        run(heading2, 28, true);
        paragraph(heading2, 1, 240);
        CTStyle list = style(styles, LIST_PARAGRAPH, "List Paragraph", "Normal");
        list.addNewPPr().addNewContextualSpacing();

        document.createStyles().setStyles(styles);
    }

    /** A bullet list definition; paragraphs with the returned numbering id are bullets. */
    static BigInteger bullets(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(720));
        indent.setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        return style;
    }

    private static void run(CTStyle style, int halfPoints, boolean bold) {
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }

    private static CTPPrGeneral paragraph(CTStyle style, int outlineLevel, int spaceBefore) {
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        return paragraph;
    }
}
