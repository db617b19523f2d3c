package dk.borgerplan.icons.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A pack bundle without a framework: its headers, its pack.json as plain maps (so a test can break one field) and
 * its files by path.
 */
final class TestPack {

    static final String CIRCLE = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
            + "<title>Cirkel</title><circle cx=\"32\" cy=\"32\" r=\"28\" fill=\"#2a7\"/></svg>";
    static final String SQUARE = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
            + "<title>Firkant</title><rect x=\"8\" y=\"8\" width=\"48\" height=\"48\" fill=\"#27a\"/></svg>";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static final ObjectMapper JSON = new ObjectMapper();

    String id = "dk.example.icons";
    String version = "1.0.0";
    long bundleId = 10;
    String folder = "icons";
    String rank;
    final Map<String, Object> json = new LinkedHashMap<>();
    final List<Map<String, Object>> icons = new ArrayList<>();
    final Map<String, byte[]> files = new HashMap<>();
    String rawJson;
    boolean withoutDescriptor;

    /** A valid pack with two icons: a self-care circle (SVG) and a mobility square (PNG). */
    static TestPack valid() {
        TestPack pack = new TestPack();
        pack.json.put("name", text("Testikoner", "Test icons"));
        pack.json.put("licence", "CC BY 4.0");
        pack.json.put("attribution", "Borgerplan");
        pack.json.put("icons", pack.icons);
        pack.icon("theme.egenomsorg", "egenomsorg.svg", "Egenomsorg", "Self-care", List.of("vaske", "spise"),
                List.of("egenomsorg"));
        pack.icon("theme.mobilitet", "mobilitet.png", "Mobilitet", "Mobility", List.of("bus", "gå"),
                List.of("mobilitet"));
        pack.file("icons/egenomsorg.svg", CIRCLE);
        pack.files.put("icons/mobilitet.png", PNG);
        return pack;
    }

    TestPack icon(String concept, String file, String labelDa, String labelEn, List<String> keywords,
            List<String> themes) {
        Map<String, Object> icon = new LinkedHashMap<>();
        icon.put("concept", concept);
        icon.put("file", file);
        icon.put("label", text(labelDa, labelEn));
        icon.put("alt", text("Billede af " + labelDa.toLowerCase(), "Picture of " + labelEn.toLowerCase()));
        icon.put("keywords", keywords);
        icon.put("themes", themes);
        icons.add(icon);
        return this;
    }

    static Map<String, Object> text(String da, String en) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("da", da);
        text.put("en", en);
        return text;
    }

    TestPack file(String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    TestPack id(String id, long bundleId) {
        this.id = id;
        this.bundleId = bundleId;
        return this;
    }

    TestPack version(String version) {
        this.version = version;
        return this;
    }

    TestPack rank(String rank) {
        this.rank = rank;
        return this;
    }

    PackSource source() {
        Map<String, byte[]> content = new HashMap<>(files);
        try {
            if (withoutDescriptor) {
                content.remove((folder.isEmpty() ? "" : folder + "/") + "pack.json");
            } else {
                String descriptor = rawJson != null ? rawJson : JSON.writeValueAsString(json);
                content.putIfAbsent((folder.isEmpty() ? "" : folder + "/") + "pack.json",
                        descriptor.getBytes(StandardCharsets.UTF_8));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new PackSource(bundleId, id, version, folder, rank, (path, max) -> {
            byte[] bytes = content.get(path);
            return bytes == null ? null : Arrays.copyOf(bytes, Math.min(bytes.length, max + 1));
        });
    }

    LoadedPack load() throws PackRefused {
        return PackReader.read(source());
    }
}
