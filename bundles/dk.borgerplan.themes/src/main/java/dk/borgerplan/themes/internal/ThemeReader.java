package dk.borgerplan.themes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.platform.Text;
import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeRef;
import dk.borgerplan.themes.ThemeSystemVersion;

/**
 * Reads one catalogue version or one crosswalk from its JSON description (see {@code themes/*.json} in this
 * bundle) and checks what can be checked within the file. Checks across files are {@link BundledThemeCatalog}'s.
 */
final class ThemeReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Field and icon ids are the lower-case ids the icon packs use ({@code theme.praktiske-opgaver}). */
    private static final String ID = "[a-z0-9][a-z0-9.-]*";

    record ThemeJson(String code, Map<String, String> label, Map<String, String> description, String parent,
            Boolean scored, String wheelField, String icon) {
    }

    record VersionJson(String system, String version, Map<String, String> name, String source,
            List<ThemeJson> themes) {
    }

    record VersionRefJson(String system, String version) {
    }

    /** {@code note} is for the human reading the file: codes are UUIDs, the note says which theme is meant. */
    record MappingJson(String from, List<String> to, String note) {
    }

    record CrosswalkJson(VersionRefJson from, VersionRefJson to, String source, List<MappingJson> mappings) {
    }

    /** One catalogue version with its themes, in file order. */
    record ThemeSet(ThemeSystemVersion version, List<Theme> themes) {
    }

    /** The mappings of one crosswalk file, from code to codes, in file order. */
    record Crosswalk(String fromSystem, String fromVersion, String toSystem, String toVersion,
            Map<String, List<String>> mappings) {
    }

    private ThemeReader() {
    }

    static ThemeSet readVersion(InputStream in) throws IOException {
        VersionJson json = JSON.readValue(in, VersionJson.class);
        require(present(json.system()) && !json.system().contains(" "), "system is missing or has spaces");
        require(present(json.version()), "version is missing");
        require(json.themes() != null && !json.themes().isEmpty(), "themes are missing");
        ThemeSystemVersion version = new ThemeSystemVersion(json.system(), json.version(), text(json.name(), "name"),
                json.source());
        List<Theme> themes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ThemeJson theme : json.themes()) {
            String code = theme.code();
            require(present(code) && !code.contains(" "), "a theme has no code, or spaces in it");
            require(codes.add(code), "code " + code + " twice");
            require(theme.scored() != null, "scored of " + code + " is missing");
            require(theme.wheelField() == null || theme.wheelField().matches(ID), "wheelField of " + code + " is not an id");
            require(theme.icon() == null || theme.icon().matches(ID), "icon of " + code + " is not an id");
            Text description = theme.description() == null ? null : text(theme.description(), "description of " + code);
            themes.add(new Theme(version.ref(code), text(theme.label(), "label of " + code), description,
                    theme.parent(), theme.scored(), theme.wheelField(), theme.icon()));
        }
        for (Theme theme : themes) {
            checkAncestry(theme, themes, codes);
        }
        return new ThemeSet(version, List.copyOf(themes));
    }

    /** Every parent exists, and following parents upwards ends at a top theme rather than going round. */
    private static void checkAncestry(Theme theme, List<Theme> themes, Set<String> codes) {
        Set<String> seen = new HashSet<>();
        Theme current = theme;
        while (!current.top()) {
            String parent = current.parentCode();
            require(codes.contains(parent), "parent " + parent + " of " + current.ref().code() + " does not exist");
            require(seen.add(parent), "the parents of " + theme.ref().code() + " go round in a circle");
            current = themes.stream().filter(t -> t.ref().code().equals(parent)).findFirst().orElseThrow();
        }
    }

    static Crosswalk readCrosswalk(InputStream in) throws IOException {
        CrosswalkJson json = JSON.readValue(in, CrosswalkJson.class);
        require(json.from() != null && present(json.from().system()) && present(json.from().version()),
                "from needs system and version");
        require(json.to() != null && present(json.to().system()) && present(json.to().version()),
                "to needs system and version");
        require(!json.from().equals(json.to()), "from and to are the same version");
        require(json.mappings() != null && !json.mappings().isEmpty(), "mappings are missing");
        Map<String, List<String>> mappings = new LinkedHashMap<>();
        for (MappingJson mapping : json.mappings()) {
            require(present(mapping.from()), "a mapping has no from code");
            require(mapping.to() != null && !mapping.to().isEmpty() && mapping.to().stream().allMatch(ThemeReader::present),
                    "mapping of " + mapping.from() + " has no to codes");
            require(mappings.put(mapping.from(), List.copyOf(mapping.to())) == null,
                    "mapping of " + mapping.from() + " twice");
        }
        return new Crosswalk(json.from().system(), json.from().version(), json.to().system(), json.to().version(),
                mappings);
    }

    private static Text text(Map<String, String> texts, String what) {
        require(texts != null && present(texts.get("da")), what + " has no Danish text");
        return Text.of(texts.get("da"), texts.get("en"));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
