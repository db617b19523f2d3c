package dk.borgerplan.icons.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Version;

/**
 * An uploaded jar read as an icon pack, before it is installed: its manifest must make it a bundle with a
 * {@value IconPackExtender#PACK_HEADER} header, and its pack must pass {@link PackReader}. Nothing here touches the
 * framework.
 */
final class PackJar {

    /** Larger uploads are refused; the largest shipped pack is far below. */
    static final int MAX_JAR_BYTES = 32 * 1024 * 1024;

    private PackJar() {
    }

    /** Manifest headers that bring code, services or wiring: an icon pack has none of them. */
    static final List<String> CODE_HEADERS = List.of("Bundle-Activator", "Service-Component", "Fragment-Host",
            "Export-Package", "Import-Package", "DynamicImport-Package", "Require-Bundle", "Provide-Capability",
            "Bundle-NativeCode", "Bundle-Blueprint", "Bundle-ActivationPolicy");

    /** The pack the jar holds, fully read, or why it is refused. */
    static LoadedPack read(byte[] jar) throws PackRefused {
        if (jar.length > MAX_JAR_BYTES) {
            throw new PackRefused("the jar is larger than " + MAX_JAR_BYTES / (1024 * 1024) + " MiB");
        }
        Map<String, byte[]> entries = new HashMap<>();
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), false)) {
            manifest = in.getManifest();
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new PackRefused("not a readable jar: " + e.getMessage());
        }
        if (manifest == null) {
            throw new PackRefused("not a jar with a manifest (META-INF/MANIFEST.MF first)");
        }
        Attributes headers = manifest.getMainAttributes();
        String symbolicName = headers.getValue("Bundle-SymbolicName");
        String folder = headers.getValue(IconPackExtender.PACK_HEADER);
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new PackRefused("the manifest has no Bundle-SymbolicName");
        }
        if (folder == null) {
            throw new PackRefused("the manifest has no " + IconPackExtender.PACK_HEADER + " header: not an icon pack");
        }
        String packId = symbolicName.split(";")[0].strip();
        Version version;
        try {
            version = Version.parseVersion(headers.getValue("Bundle-Version"));
        } catch (IllegalArgumentException e) {
            throw new PackRefused("Bundle-Version is not a version: " + headers.getValue("Bundle-Version"));
        }
        // An uploaded pack is installed and started: anything that could run code or change other bundles' wiring
        // is refused, so that a pack is pictures and metadata and nothing else.
        for (String header : CODE_HEADERS) {
            if (headers.getValue(header) != null) {
                throw new PackRefused("an icon pack carries data only: it must not have a " + header + " header");
            }
        }
        String classPath = headers.getValue("Bundle-ClassPath");
        if (classPath != null && !classPath.strip().equals(".")) {
            throw new PackRefused("an icon pack carries data only: its Bundle-ClassPath must be '.'");
        }
        for (String name : entries.keySet()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".class") || lower.endsWith(".jar") || lower.endsWith(".so") || lower.endsWith(".dll")
                    || lower.startsWith("osgi-inf/")) {
                throw new PackRefused("an icon pack carries data only: it must not contain " + name);
            }
        }
        PackSource source = new PackSource(-1, packId, version.toString(), folder,
                headers.getValue(IconPackExtender.RANK_HEADER), (path, max) -> {
                    byte[] bytes = entries.get(path);
                    return bytes == null || bytes.length <= max ? bytes : java.util.Arrays.copyOf(bytes, max + 1);
                });
        return PackReader.read(source);
    }

    /** The etags of a pack's pictures: equal lists mean the catalogue serves exactly this content. */
    static List<String> etags(LoadedPack pack) {
        return pack.icons().stream().map(LoadedIcon::etag).toList();
    }
}
