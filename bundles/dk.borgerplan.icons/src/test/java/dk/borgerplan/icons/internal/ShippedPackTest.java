package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.icons.Icon;

/**
 * Keeps the basic pack (dk.borgerplan.icons.basic, a test dependency) honest: it passes this extender's own validation
 * and has a picture for every concept the rest of the platform names — the top themes' {@code icon} in the theme
 * systems (dk.borgerplan.themes), the levels' {@code pictogram} in the scales (dk.borgerplan.scales), the preparation
 * sheet, the resource and employment fields, and the interests, dreams and everyday things the issue lists. Every SVG
 * must be well-formed and in the pack's style frame; every file in the folder must be listed, so that its licence is
 * recorded. Read from the classpath, so a missing jar is a failure, not a skip.
 */
class ShippedPackTest {

    private static final String FOLDER = "icons";
    private static final String LICENCE = "CC BY 4.0";
    private static final String ATTRIBUTION = "Borgerplan";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final List<String> THEME_SYSTEMS = List.of("themes/ffb-20240530.json", "themes/vum-1.0.json");
    private static final List<String> SCALES = List.of("scales/fko.json", "scales/ffb-funktionsevne.json",
            "scales/ffb-stoettebehov.json");
    private static final Set<String> FAMILIES = Set.of("theme", "subtheme", "resource", "employment", "prep",
            "interest", "dream", "everyday", "scale");
    private static final List<String> REQUIRED = List.of(
            "resource.smiley", "resource.strong", "resource.helpful", "resource.creative",
            "employment.work", "employment.education", "employment.internship", "employment.volunteer",
            "prep.wish-to-manage", "prep.can-do", "prep.dreams", "prep.interests",
            "interest.music", "interest.sport", "interest.travel", "interest.pets", "interest.friends",
            "interest.family", "interest.cooking", "interest.games", "interest.nature", "interest.art", "interest.tv",
            "interest.computer",
            "dream.home", "dream.work", "dream.partner", "dream.travel", "dream.education",
            "everyday.bus", "everyday.money", "everyday.home", "everyday.health", "everyday.sleep",
            "everyday.cleaning", "everyday.shopping", "everyday.medicine", "everyday.phone", "everyday.calendar",
            "scale.level-0", "scale.level-1", "scale.level-2", "scale.level-3", "scale.level-4");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoadedPack pack;
    private static Map<String, LoadedIcon> byConcept;

    @BeforeAll
    static void readThePack() throws Exception {
        assertNotNull(resource(FOLDER + "/" + PackReader.DESCRIPTOR),
                "dk.borgerplan.icons.basic must be on the test classpath");
        PackSource source = new PackSource(1, "dk.borgerplan.icons.basic", "1.0.0", FOLDER, null, (path, max) -> {
            try (InputStream in = ShippedPackTest.class.getClassLoader().getResourceAsStream(path)) {
                return in == null ? null : in.readNBytes(max + 1);
            }
        });
        try {
            pack = PackReader.read(source);
        } catch (PackRefused refused) {
            fail("The basic pack is refused: " + String.join("\n", refused.problems()));
        }
        byConcept = pack.icons().stream().collect(Collectors.toMap(i -> i.icon().conceptId(), Function.identity()));
    }

    @Test
    void passesValidationWithEveryPictureUnderTheProjectsLicence() {
        assertEquals(LICENCE, pack.info().licence());
        assertEquals(ATTRIBUTION, pack.info().attribution());
        for (LoadedIcon loaded : pack.icons()) {
            Icon icon = loaded.icon();
            String concept = icon.conceptId();
            assertEquals(LICENCE, icon.licence(), concept);
            assertEquals(ATTRIBUTION, icon.attribution(), concept);
            assertNotNull(icon.label().en(), concept + " has no English label");
            assertNotNull(icon.alt().en(), concept + " has no English alt text");
            assertTrue(!icon.alt().da().equals(icon.label().da()), concept + ": the alt text must describe the picture");
            assertTrue(!icon.keywords().isEmpty(), concept + " has no keywords");
            assertTrue(FAMILIES.contains(concept.substring(0, concept.indexOf('.'))),
                    concept + " is not in one of the families " + FAMILIES);
        }
        assertTrue(pack.icons().size() >= 60, "the default pack has " + pack.icons().size() + " icons");
    }

    @Test
    void everyTopThemeOfEveryThemeSystemHasItsIcon() throws IOException {
        Set<String> wheelFields = new TreeSet<>();
        for (String system : THEME_SYSTEMS) {
            for (JsonNode theme : json(system).path("themes")) {
                if (theme.hasNonNull("wheelField")) {
                    wheelFields.add(theme.get("wheelField").asText());
                }
                if (theme.hasNonNull("icon")) {
                    String icon = theme.get("icon").asText();
                    assertTrue(byConcept.containsKey(icon), system + ": theme " + theme.path("label").path("da")
                            + " names the icon " + icon + ", which the basic pack does not have");
                }
            }
        }
        // An icon's themes are the wheel fields the picker filters by; a typo would hide it.
        for (LoadedIcon loaded : pack.icons()) {
            assertTrue(wheelFields.containsAll(loaded.icon().themes()),
                    loaded.icon().conceptId() + " has themes " + loaded.icon().themes() + " outside " + wheelFields);
        }
        for (String field : wheelFields) {
            assertTrue(pack.icons().stream().filter(i -> i.icon().themes().contains(field)).count() >= 3,
                    "wheel field " + field + " has fewer than three icons to choose from");
        }
    }

    @Test
    void everyScaleLevelHasItsPictogram() throws IOException {
        for (String scale : SCALES) {
            JsonNode levels = json(scale).path("levels");
            assertEquals(5, levels.size(), scale);
            for (JsonNode level : levels) {
                String pictogram = level.path("pictogram").asText();
                assertTrue(byConcept.containsKey(pictogram),
                        scale + ": level " + level.path("value") + " names the pictogram " + pictogram
                                + ", which the basic pack does not have");
            }
        }
    }

    @Test
    void theIssuesConceptsAreAllThere() {
        List<String> missing = REQUIRED.stream().filter(c -> !byConcept.containsKey(c)).toList();
        assertEquals(List.of(), missing, "concepts missing from the basic pack");
        IntStream.rangeClosed(0, 4).forEach(n -> assertTrue(byConcept.containsKey("scale.level-" + n)));
    }

    @Test
    void everySvgIsWellFormedAndInThePacksStyleFrame() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> problems = new ArrayList<>();
        for (LoadedIcon loaded : pack.icons()) {
            String concept = loaded.icon().conceptId();
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element svg;
            try {
                svg = builder.parse(new ByteArrayInputStream(loaded.bytes())).getDocumentElement();
            } catch (Exception e) {
                problems.add(concept + ": not well-formed XML: " + e.getMessage());
                continue;
            }
            if (!"svg".equals(svg.getLocalName()) || !SVG_NS.equals(svg.getNamespaceURI())) {
                problems.add(concept + ": the root is not an <svg> in the SVG namespace");
            }
            if (!"0 0 64 64".equals(svg.getAttribute("viewBox").strip())) {
                problems.add(concept + ": viewBox is '" + svg.getAttribute("viewBox") + "', not '0 0 64 64'");
            }
            if (!"img".equals(svg.getAttribute("role"))) {
                problems.add(concept + ": no role=\"img\"");
            }
            Element title = firstChildElement(svg);
            if (title == null || !"title".equals(title.getLocalName()) || title.getTextContent().isBlank()) {
                problems.add(concept + ": the first child is not a non-empty <title>");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFileInThePackFolderIsListedSoItsLicenceIsRecorded() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (JsonNode icon : json(FOLDER + "/" + PackReader.DESCRIPTOR).path("icons")) {
            listed.add(icon.path("file").asText());
        }
        Set<String> shipped = new TreeSet<>();
        URI folder = resource(FOLDER + "/" + PackReader.DESCRIPTOR).toURI();
        if ("jar".equals(folder.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
                shipped.addAll(names(jar.getPath(FOLDER)));
            }
        } else {
            shipped.addAll(names(Path.of(folder).getParent()));
        }
        shipped.remove(PackReader.DESCRIPTOR);
        assertEquals(List.of(), shipped.stream().filter(f -> !listed.contains(f)).toList(),
                "files in the pack folder that pack.json does not list");
        assertEquals(List.of(), listed.stream().filter(f -> !shipped.contains(f)).toList(),
                "files pack.json lists that are not in the pack folder");
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString().replace("/", "")).collect(Collectors.toSet());
        }
    }

    private static Element firstChildElement(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static URL resource(String path) {
        return ShippedPackTest.class.getClassLoader().getResource(path);
    }

    private static JsonNode json(String path) throws IOException {
        URL url = resource(path);
        assertNotNull(url, path + " is not on the test classpath");
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in);
        }
    }
}
