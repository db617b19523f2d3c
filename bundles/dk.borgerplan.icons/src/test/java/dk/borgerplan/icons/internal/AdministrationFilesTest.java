package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.icons.IconPackAdmin.AdminAction;

/** The files the administration writes (configuration, log) and the jars it reads. */
class AdministrationFilesTest {

    @TempDir
    Path home;

    @Test
    void theOrderIsWrittenIntoTheCfgFileKeepingEverythingElse() throws IOException {
        Path cfg = home.resolve("etc/dk.borgerplan.icons.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "# Icons\nremoval.grace.ms=2000\npack.order=old\n");

        ConfigFile.set(cfg, new LinkedHashMap<>(Map.of("pack.order", "a,b")), home.resolve("data"));
        ConfigFile.set(cfg, Map.of("pack.disabled", "c"), home.resolve("data"));

        assertEquals(List.of("# Icons", "removal.grace.ms=2000", "pack.order=a,b", "pack.disabled=c"),
                Files.readAllLines(cfg));
        try (var scratch = Files.list(home.resolve("data"))) {
            assertEquals(0, scratch.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theLogKeepsWhoDidWhatAndWhenAcrossInstances() {
        Path file = home.resolve("data/icon-packs-log.jsonl");
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30.123Z"), ZoneOffset.UTC);
        new AdminLog(file, clock).record("lokal-bruger", "upload", "dk.example.icons", "1.0.0", "done");
        new AdminLog(file, clock).record("lokal-bruger", "disable", "dk.example.icons", "1.0.0", "done");

        List<AdminAction> entries = new AdminLog(file, clock).entries();

        assertEquals(2, entries.size());
        assertEquals(new AdminAction("2025-03-01T10:15:30.123Z", "lokal-bruger", "upload", "dk.example.icons",
                "1.0.0", "done"), entries.get(0));
        assertEquals("disable", entries.get(1).action());
    }

    static byte[] jar(TestPack pack, Map<String, String> extraHeaders) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", pack.id);
        main.putValue("Bundle-Version", pack.version);
        main.putValue("Borgerplan-IconPack", pack.folder);
        extraHeaders.forEach(main::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry(pack.folder + "/pack.json"));
            out.write(new ObjectMapper().writeValueAsBytes(pack.json));
            for (Map.Entry<String, byte[]> file : pack.files.entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                out.write(file.getValue());
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aValidPackJarIsReadAsTheExtenderWouldRead() throws Exception {
        LoadedPack pack = PackJar.read(jar(TestPack.valid().version("1.2.0"), Map.of()));

        assertEquals("dk.example.icons", pack.id());
        assertEquals("1.2.0", pack.info().version());
        assertEquals(PackJar.etags(TestPack.valid().version("1.2.0").load()), PackJar.etags(pack));
    }

    @Test
    void aJarThatIsNoValidPackIsRefusedNamingTheProblem() throws Exception {
        TestPack noLicence = TestPack.valid();
        noLicence.json.remove("licence");

        assertTrue(assertThrows(PackRefused.class, () -> PackJar.read(jar(noLicence, Map.of()))).getMessage()
                .contains("licence"));
        assertTrue(assertThrows(PackRefused.class, () -> PackJar.read("not a jar".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("manifest"));
        assertTrue(assertThrows(PackRefused.class,
                () -> PackJar.read(jar(TestPack.valid(), Map.of("Bundle-Activator", "x.Y")))).getMessage()
                .contains("Bundle-Activator"));
    }

    @Test
    void aPackThatCouldRunCodeOrChangeWiringIsRefused() throws Exception {
        for (String header : PackJar.CODE_HEADERS) {
            assertTrue(assertThrows(PackRefused.class,
                    () -> PackJar.read(jar(TestPack.valid(), Map.of(header, "x")))).getMessage().contains(header),
                    header);
        }
        assertTrue(assertThrows(PackRefused.class,
                () -> PackJar.read(jar(TestPack.valid(), Map.of("Bundle-ClassPath", ".,lib/evil.jar")))).getMessage()
                .contains("Bundle-ClassPath"));
        TestPack withClass = TestPack.valid();
        withClass.files.put("dk/example/Evil.class", new byte[] { (byte) 0xCA, (byte) 0xFE });
        assertTrue(assertThrows(PackRefused.class, () -> PackJar.read(jar(withClass, Map.of()))).getMessage()
                .contains("Evil.class"));
        TestPack withComponent = TestPack.valid();
        withComponent.files.put("OSGI-INF/evil.xml", "<scr/>".getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(PackRefused.class, () -> PackJar.read(jar(withComponent, Map.of()))).getMessage()
                .contains("OSGI-INF"));
    }
}
