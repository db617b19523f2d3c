package dk.borgerplan.scales.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * The scales shipped with the platform, read once from this bundle's {@code scales/} folder. The first entry is
 * the FKO scale that "Mit liv – Min plan" scores goals on.
 */
@Component(service = ScaleCatalog.class)
public class BundledScaleCatalog implements ScaleCatalog {

    static final List<String> SHIPPED = List.of("fko.json", "ffb-funktionsevne.json", "ffb-stoettebehov.json");

    private static final Logger LOG = LoggerFactory.getLogger(BundledScaleCatalog.class);

    private final List<Scale> scales;

    public BundledScaleCatalog() {
        this.scales = load(SHIPPED);
        LOG.info("Scale catalogue ready with {} scales", scales.size());
    }

    static List<Scale> load(List<String> files) {
        return files.stream().map(BundledScaleCatalog::read)
                .sorted(Comparator.comparing(Scale::id).thenComparing(Scale::version)).toList();
    }

    private static Scale read(String file) {
        try (InputStream in = BundledScaleCatalog.class.getResourceAsStream("/scales/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Shipped scale " + file + " is missing from the bundle");
            }
            return ScaleReader.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Shipped scale " + file + " is broken: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Scale> scales() {
        return scales;
    }

    @Override
    public Optional<Scale> find(String id) {
        // Versions are compared as numbers where they are numbers, so that "10" is newer than "9".
        return scales.stream().filter(s -> s.id().equals(id)).max(Comparator.comparing(Scale::version, VERSIONS));
    }

    @Override
    public Optional<Scale> find(String id, String version) {
        return scales.stream().filter(s -> s.id().equals(id) && s.version().equals(version)).findFirst();
    }

    private static final Comparator<String> VERSIONS = (a, b) -> {
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    };
}
