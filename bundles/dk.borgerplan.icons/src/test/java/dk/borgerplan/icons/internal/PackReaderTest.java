package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconPack;
import dk.borgerplan.platform.Text;

class PackReaderTest {

    @Test
    void readsThePackMetadataFromPackJsonAndTheVersionFromTheBundle() throws PackRefused {
        LoadedPack pack = TestPack.valid().version("1.2.3").load();

        assertEquals(new IconPack("dk.example.icons", "Testikoner", "1.2.3", "CC BY 4.0", "Borgerplan", 2), pack.info());
        assertEquals(0, pack.rank());
        assertEquals(10, pack.bundleId());
    }

    @Test
    void readsEachIconWithItsPicture() throws PackRefused {
        LoadedPack pack = TestPack.valid().load();

        Icon first = pack.icons().get(0).icon();
        assertEquals("theme.egenomsorg", first.conceptId());
        assertEquals(Text.of("Egenomsorg", "Self-care"), first.label());
        assertEquals("Picture of self-care", first.alt().in(Locale.ENGLISH));
        assertEquals(List.of("vaske", "spise"), first.keywords());
        assertEquals(List.of("egenomsorg"), first.themes());
        assertEquals("dk.example.icons", first.packId());
        assertEquals("image/svg+xml", first.mediaType());
        assertArrayEquals(TestPack.CIRCLE.getBytes(), pack.icons().get(0).bytes());
        assertEquals("image/png", pack.icons().get(1).icon().mediaType());
    }

    @Test
    void englishTextsKeywordsThemesAndAttributionAreOptional() throws PackRefused {
        TestPack pack = TestPack.valid();
        pack.json.remove("attribution");
        Map<String, Object> icon = pack.icons.get(0);
        icon.put("label", Map.of("da", "Egenomsorg"));
        icon.remove("keywords");
        icon.remove("themes");

        LoadedPack loaded = pack.load();

        assertEquals("", loaded.info().attribution());
        Icon first = loaded.icons().get(0).icon();
        assertEquals("Egenomsorg", first.label().in(Locale.ENGLISH));
        assertEquals(List.of(), first.keywords());
        assertEquals(List.of(), first.themes());
    }

    @Test
    void eachIconHasThePacksLicenceAndAttributionUnlessItNamesItsOwn() throws PackRefused {
        TestPack pack = TestPack.valid();
        pack.icons.get(1).put("licence", "CC0 1.0");
        pack.icons.get(1).put("attribution", "");

        LoadedPack loaded = pack.load();

        Icon first = loaded.icons().get(0).icon();
        assertEquals("CC BY 4.0", first.licence());
        assertEquals("Borgerplan", first.attribution());
        Icon second = loaded.icons().get(1).icon();
        assertEquals("CC0 1.0", second.licence());
        assertEquals("", second.attribution());
        assertEquals("CC BY 4.0", loaded.info().licence());
    }

    @Test
    void anIconMayNameAnAttributionWhereThePackHasNone() throws PackRefused {
        TestPack pack = TestPack.valid();
        pack.json.remove("attribution");
        pack.icons.get(0).put("attribution", "Randers Kommune");

        LoadedPack loaded = pack.load();

        assertEquals("Randers Kommune", loaded.icons().get(0).icon().attribution());
        assertEquals("", loaded.icons().get(1).icon().attribution());
    }

    @Test
    void theRankHeaderIsReadAsAWholeNumber() throws PackRefused {
        assertEquals(-5, TestPack.valid().rank(" -5 ").load().rank());
        assertEquals(100, TestPack.valid().rank("100").load().rank());
    }

    @Test
    void theFolderHeaderMayHaveSlashesOrNameTheBundleRoot() throws Exception {
        TestPack slashes = TestPack.valid();
        slashes.folder = "/icons/";
        slashes.files.put("icons/pack.json", TestPack.valid().source().files().read("icons/pack.json", 100_000));
        assertEquals(2, slashes.load().icons().size());

        TestPack root = TestPack.valid();
        root.folder = "";
        root.files.put("egenomsorg.svg", root.files.remove("icons/egenomsorg.svg"));
        root.files.put("mobilitet.png", root.files.remove("icons/mobilitet.png"));
        assertEquals(2, root.load().icons().size());
    }

    @Test
    void aPictureOfExactly512KiBIsAccepted() throws PackRefused {
        TestPack pack = TestPack.valid();
        pack.file("icons/egenomsorg.svg", padded(TestPack.CIRCLE, 512 * 1024));
        assertEquals(512 * 1024, pack.load().icons().get(0).bytes().length);
    }

    @Test
    void anSvgMayReferToItselfAndEmbedBitmaps() throws PackRefused {
        TestPack pack = TestPack.valid();
        pack.file("icons/egenomsorg.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><defs><linearGradient id=\"g\"/></defs>"
                + "<rect fill=\"url(#g)\" width=\"64\" height=\"64\"/><use xlink:href=\"#g\"/>"
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>");
        assertEquals(2, pack.load().icons().size());
    }

    static Stream<Arguments> brokenPacks() {
        return Stream.of(
                broken("pack.json is not JSON", p -> p.rawJson = "{\"name\": {\"da\": \"x\"", "not valid JSON"),
                broken("a key twice", p -> p.rawJson = "{\"licence\": \"CC BY 4.0\", \"licence\": \"MIT\"}",
                        "Duplicate field 'licence'"),
                broken("text after the object", p -> p.rawJson = "{} {}", "not valid JSON"),
                broken("pack.json is missing", p -> p.withoutDescriptor = true, "icons/pack.json not found"),
                broken("pack.json is a list", p -> p.rawJson = "[]", "must hold a JSON object"),
                broken("no name", p -> p.json.remove("name"), "name must be an object"),
                broken("name without Danish", p -> p.json.put("name", Map.of("en", "Icons")), "name has no Danish text"),
                broken("no licence", p -> p.json.remove("licence"), "licence is missing"),
                broken("blank licence", p -> p.json.put("licence", " "), "licence is missing"),
                broken("no icons", p -> p.icons.clear(), "icons is missing or empty"),
                broken("unknown pack field", p -> p.json.put("version", "2"), "unknown field 'version'"),
                broken("unknown icon field", p -> p.icons.get(0).put("keyword", List.of("x")),
                        "unknown field 'keyword'"),
                broken("concept without a dot", p -> p.icons.get(0).put("concept", "egenomsorg"),
                        "concept must look like"),
                broken("concept in capitals", p -> p.icons.get(0).put("concept", "theme.Egenomsorg"),
                        "concept must look like"),
                broken("no concept", p -> p.icons.get(0).remove("concept"), "icons[0]: concept must look like"),
                broken("concept twice", p -> p.icons.get(1).put("concept", "theme.egenomsorg"),
                        "concept theme.egenomsorg appears more than once"),
                broken("no label", p -> p.icons.get(0).remove("label"), "label must be an object"),
                broken("label without Danish", p -> p.icons.get(0).put("label", Map.of("da", "", "en", "Self-care")),
                        "label has no Danish text"),
                broken("no alt text", p -> p.icons.get(0).remove("alt"), "alt must be an object"),
                broken("alt text without Danish", p -> p.icons.get(0).put("alt", Map.of("en", "A circle")),
                        "alt has no Danish text"),
                broken("blank icon licence", p -> p.icons.get(0).put("licence", " "),
                        "icons[0] (theme.egenomsorg): licence is missing"),
                broken("icon licence that is not a text", p -> p.icons.get(0).put("licence", List.of("CC BY 4.0")),
                        "icons[0] (theme.egenomsorg): licence is missing"),
                broken("icon attribution that is not a text", p -> p.icons.get(1).put("attribution", 7),
                        "icons[1] (theme.mobilitet): attribution must be a text"),
                broken("misspelt icon licence", p -> p.icons.get(0).put("license", "MIT"), "unknown field 'license'"),
                broken("theme in capitals", p -> p.icons.get(0).put("themes", List.of("Egenomsorg")),
                        "'Egenomsorg' must be lower case"),
                broken("no file", p -> p.icons.get(0).remove("file"), "file is missing"),
                broken("file not in the bundle", p -> p.files.remove("icons/egenomsorg.svg"),
                        "file icons/egenomsorg.svg not found in the bundle"),
                broken("file outside the folder", p -> p.icons.get(0).put("file", "../secret.svg"),
                        "must be a relative path inside the pack folder"),
                broken("file of another type", p -> p.icons.get(0).put("file", "egenomsorg.gif"),
                        "must be .svg or .png"),
                broken("file too large", p -> p.file("icons/egenomsorg.svg", padded(TestPack.CIRCLE, 512 * 1024 + 1)),
                        "larger than 512 KiB"),
                broken("png that is not a PNG", p -> p.file("icons/mobilitet.png", TestPack.CIRCLE),
                        "is not a PNG image"),
                broken("svg that is not an SVG", p -> p.file("icons/egenomsorg.svg", "hello"),
                        "is not an SVG image"),
                broken("svg with a script", p -> p.file("icons/egenomsorg.svg",
                        "<svg><script>alert(1)</script></svg>"), "has scripts"),
                broken("svg with an event handler", p -> p.file("icons/egenomsorg.svg",
                        "<svg onload=\"alert(1)\"></svg>"), "has scripts"),
                broken("svg with an external picture", p -> p.file("icons/egenomsorg.svg",
                        "<svg><image href=\"https://tracker.example/x.png\"/></svg>"), "external references"),
                broken("rank that is not a number", p -> p.rank("high"), "Borgerplan-IconPack-Rank must be a whole number"),
                broken("folder outside the bundle", p -> p.folder = "../icons", "must name a folder inside the bundle"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void aBrokenPackIsRefusedWithAClearProblem(Consumer<TestPack> breakIt, String problem) {
        TestPack pack = TestPack.valid();
        breakIt.accept(pack);

        PackRefused refused = assertThrows(PackRefused.class, pack::load);

        assertTrue(refused.getMessage().contains(problem),
                () -> "expected '" + problem + "' in: " + refused.getMessage());
    }

    @Test
    void allProblemsAreCollectedAndTheMessageNamesTheFirstThree() {
        TestPack pack = TestPack.valid();
        pack.json.remove("licence");
        pack.icons.get(0).remove("alt");
        pack.icons.get(1).put("concept", "mobilitet");
        pack.files.remove("icons/mobilitet.png");
        pack.icons.get(1).put("keywords", "bus");

        PackRefused refused = assertThrows(PackRefused.class, pack::load);

        assertEquals(5, refused.problems().size(), refused.problems()::toString);
        assertEquals("licence is missing", refused.problems().get(0));
        assertTrue(refused.getMessage().startsWith("licence is missing; icons[0] (theme.egenomsorg): alt"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("(and 2 more)"), refused.getMessage());
    }

    private static Arguments broken(String name, Consumer<TestPack> breakIt, String problem) {
        return Arguments.of(Named.of(name, breakIt), problem);
    }

    private static String padded(String svg, int size) {
        StringBuilder padded = new StringBuilder(svg.substring(0, svg.length() - "</svg>".length()));
        padded.append("<!--");
        while (padded.length() < size - "--></svg>".length()) {
            padded.append('x');
        }
        return padded.append("--></svg>").toString();
    }
}
