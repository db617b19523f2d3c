package dk.borgerplan.distribution.randers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** An icon pack jar made by a test: a bundle with a Borgerplan-IconPack header, a pack.json and SVG pictures. */
final class TestPackJar {

    private final String id;
    private final String version;
    private int rank;
    private boolean withoutLicence;
    private final Map<String, String> icons = new LinkedHashMap<>();

    private TestPackJar(String id, String version) {
        this.id = id;
        this.version = version;
    }

    static TestPackJar of(String id, String version) {
        return new TestPackJar(id, version);
    }

    /** A concept drawn as a circle in {@code colour} (e.g. {@code #c00}): each colour is another picture. */
    TestPackJar icon(String concept, String colour) {
        icons.put(concept, colour);
        return this;
    }

    TestPackJar rank(int rank) {
        this.rank = rank;
        return this;
    }

    TestPackJar withoutLicence() {
        this.withoutLicence = true;
        return this;
    }

    static String svg(String colour) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" role=\"img\"><title>Test</title>"
                + "<circle cx=\"32\" cy=\"32\" r=\"28\" fill=\"" + colour + "\"/></svg>";
    }

    byte[] bytes() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", id);
        main.putValue("Bundle-Version", version);
        main.putValue("Borgerplan-IconPack", "icons");
        main.putValue("Borgerplan-IconPack-Rank", Integer.toString(rank));
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=dk.borgerplan.iconpack)(version>=1.0.0)(!(version>=2.0.0)))\"");
        StringBuilder json = new StringBuilder("{\"name\": {\"da\": \"Testpakke " + id + "\"}, ");
        if (!withoutLicence) {
            json.append("\"licence\": \"CC0 1.0\", ");
        }
        json.append("\"icons\": [");
        int i = 0;
        for (String concept : icons.keySet()) {
            json.append(i++ == 0 ? "" : ", ").append("{\"concept\": \"").append(concept).append("\", \"file\": \"")
                    .append(concept).append(".svg\", \"label\": {\"da\": \"Test ").append(concept)
                    .append("\"}, \"alt\": {\"da\": \"En cirkel\"}, \"themes\": [\"test\"]}");
        }
        json.append("]}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("icons/pack.json"));
            out.write(json.toString().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> icon : icons.entrySet()) {
                out.putNextEntry(new JarEntry("icons/" + icon.getKey() + ".svg"));
                out.write(svg(icon.getValue()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
