package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LabelPictureTest {

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    @Test
    void theLabelIsEscapedAndTheResultIsWellFormed() throws Exception {
        byte[] svg = LabelPicture.svg("Mad & <script>alert('x')</script> \"drømme\"");

        Document document = parse(svg);
        String text = new String(svg, StandardCharsets.UTF_8);
        assertFalse(text.contains("<script"));
        assertEquals("Mad & <script>alert('x')</script> \"drømme\"",
                document.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("img", document.getDocumentElement().getAttribute("role"));
    }

    @Test
    void longLabelsWrapOnThreeLinesAtMost() {
        assertEquals(List.of("Egenomsorg"), LabelPicture.lines("Egenomsorg"));
        assertEquals(List.of("Mine drømme", "og ønsker"), LabelPicture.lines("Mine drømme og ønsker"));
        List<String> lines = LabelPicture.lines("en meget lang etiket som ikke kan stå på tre linjer uden at blive"
                + " afkortet");
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"));
    }

    @Test
    void theEtagFollowsTheContentAndIsNeverAPackEtag() {
        String one = LabelPicture.etag(LabelPicture.svg("Egenomsorg"));

        assertEquals(one, LabelPicture.etag(LabelPicture.svg("Egenomsorg")));
        assertNotEquals(one, LabelPicture.etag(LabelPicture.svg("Self-care")));
        assertTrue(one.startsWith("label-"));
    }
}
