package dk.borgerplan.export.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The built bundle, as the framework will see it: its manifest asks only for the JDK, OSGi, slf4j and our API, and
 * the jar alone (with nothing but those beside it) makes a document, so nothing POI needs was left out.
 */
class BundleJarIT {

    private static final Path JAR = Path.of(System.getProperty("bundle.jar", "target/missing.jar"));
    private static final Set<String> JDK_PACKAGES = ModuleLayer.boot().modules().stream().map(Module::getDescriptor)
            .map(ModuleDescriptor::packages).flatMap(Set::stream).collect(Collectors.toSet());

    @Test
    void importsNothingMandatoryBeyondTheJdkOsgiSlf4jAndOurApi() throws IOException {
        Attributes manifest;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            manifest = jar.getManifest().getMainAttributes();
        }
        List<String> mandatory = new ArrayList<>();
        for (String clause : clauses(manifest.getValue("Import-Package"))) {
            String name = clause.split(";", 2)[0].strip();
            if (clause.contains("resolution:=optional")) {
                continue;
            }
            if (!(name.startsWith("dk.borgerplan.") || name.startsWith("org.osgi.") || name.equals("org.slf4j")
                    || name.startsWith("org.slf4j.") || JDK_PACKAGES.contains(name))) {
                mandatory.add(name);
            }
        }
        assertEquals(List.of(), mandatory, "mandatory imports no plain framework provides");
        assertNull(manifest.getValue("Export-Package"), "the bundle exports nothing");
        assertNull(manifest.getValue("Bundle-Activator"), "no activator of an embedded library");
        assertEquals("OSGI-INF/dk.borgerplan.export.docx.internal.DocxPlainPlanExport.xml",
                manifest.getValue("Service-Component"));
        long size = Files.size(JAR);
        System.out.println("dk.borgerplan.export.docx jar: " + size + " bytes");
        assertTrue(size < 20_000_000, "no full ooxml-schemas or other bulk slipped in: " + size);
    }

    @Test
    void theJarAloneMakesTheDocument() throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(JAR.toUri().toURL());
        urls.add(location(Fixtures.class));
        for (String api : List.of("dk.borgerplan.export.PlainPlanExport", "dk.borgerplan.plan.Plan",
                "dk.borgerplan.platform.Text", "dk.borgerplan.scales.Scale", "dk.borgerplan.icons.IconCatalog",
                "dk.borgerplan.themes.ThemeRef", "org.slf4j.Logger", "org.slf4j.simple.SimpleLogger")) {
            urls.add(location(Class.forName(api)));
        }
        // The platform class loader: the JDK and nothing from Maven's class path, as in a framework where only
        // the API bundles sit beside this one.
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fixtures = isolated.loadClass(Fixtures.class.getName());
            assertEquals(isolated, isolated.loadClass("org.apache.poi.xwpf.usermodel.XWPFDocument").getClassLoader());
            Thread.currentThread().setContextClassLoader(ClassLoader.getPlatformClassLoader());
            byte[] docx = (byte[]) fixtures.getMethod("danishDocx").invoke(null);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                    XWPFWordExtractor text = new XWPFWordExtractor(document)) {
                assertTrue(text.getText().contains("Score nu: Svære begrænsninger (3)"), text.getText());
                assertNotNull(document.getStyles().getStyle("Heading1"));
            }
        }
    }

    private static URL location(Class<?> type) throws URISyntaxException, IOException {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Splits a manifest header at the commas outside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }
}
