package dk.borgerplan.themes.internal;

import static dk.borgerplan.themes.internal.ThemeReader.require;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeCatalog;
import dk.borgerplan.themes.ThemeRef;
import dk.borgerplan.themes.ThemeSystemVersion;
import dk.borgerplan.themes.internal.ThemeReader.Crosswalk;
import dk.borgerplan.themes.internal.ThemeReader.ThemeSet;

/**
 * The theme catalogue shipped with the platform, read once from this bundle's {@code themes/} folder. The first
 * version file is the default version, FFB / VUM 2.0.
 */
@Component(service = ThemeCatalog.class)
public class BundledThemeCatalog implements ThemeCatalog {

    static final String FOLDER = "/themes/";
    static final List<String> VERSIONS = List.of("ffb-20240530.json", "vum-1.0.json");
    static final List<String> CROSSWALKS = List.of("crosswalk-vum-1.0-ffb-20240530.json");

    private static final Logger LOG = LoggerFactory.getLogger(BundledThemeCatalog.class);

    /** One question to the crosswalk: a theme and the version it is to be expressed in. */
    private record Crossing(ThemeRef from, String toSystem, String toVersion) {
    }

    private final List<ThemeSystemVersion> systems = new ArrayList<>();
    private final Map<ThemeRef, Theme> themes = new LinkedHashMap<>();
    private final Map<ThemeRef, List<Theme>> children = new HashMap<>();
    private final Map<Crossing, List<ThemeRef>> crossings = new HashMap<>();
    private final List<Theme> lifeThemes;

    public BundledThemeCatalog() {
        this(FOLDER, VERSIONS, CROSSWALKS);
        LOG.info("Theme catalogue ready: {} versions, {} themes, {} crosswalk files", systems.size(),
                themes.size(), CROSSWALKS.size());
    }

    /** Reads the given files from {@code folder} on the class path; a broken file fails with its name. */
    BundledThemeCatalog(String folder, List<String> versionFiles, List<String> crosswalkFiles) {
        for (String file : versionFiles) {
            ThemeSet set = read(folder, file, ThemeReader::readVersion);
            check(file, () -> add(set));
        }
        for (String file : crosswalkFiles) {
            Crosswalk crosswalk = read(folder, file, ThemeReader::readCrosswalk);
            check(file, () -> add(crosswalk));
        }
        ThemeSystemVersion first = systems.get(0);
        this.lifeThemes = themes.values().stream()
                .filter(t -> first.contains(t.ref()) && t.top() && t.scored()).toList();
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String folder, String file, Reader<T> reader) {
        try (InputStream in = BundledThemeCatalog.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new IllegalStateException("Shipped theme file " + file + " is missing from the bundle");
            }
            return reader.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw broken(file, e);
        }
    }

    private static void check(String file, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            throw broken(file, e);
        }
    }

    private static IllegalStateException broken(String file, Exception e) {
        return new IllegalStateException("Shipped theme file " + file + " is broken: " + e.getMessage(), e);
    }

    private void add(ThemeSet set) {
        ThemeSystemVersion version = set.version();
        require(systems.stream().noneMatch(v -> v.system().equals(version.system())
                && v.version().equals(version.version())),
                version.system() + " version " + version.version() + " is already in the catalogue");
        systems.add(version);
        for (Theme theme : set.themes()) {
            themes.put(theme.ref(), theme);
            theme.parent().ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(theme));
        }
    }

    /** Each mapping is recorded both ways, so that an old plan can be shown in today's terms and back. */
    private void add(Crosswalk crosswalk) {
        ThemeSystemVersion from = version(crosswalk.fromSystem(), crosswalk.fromVersion());
        ThemeSystemVersion to = version(crosswalk.toSystem(), crosswalk.toVersion());
        crosswalk.mappings().forEach((fromCode, toCodes) -> {
            ThemeRef source = from.ref(fromCode);
            require(themes.containsKey(source), "from code " + fromCode + " is not in " + describe(from));
            for (String toCode : toCodes) {
                ThemeRef target = to.ref(toCode);
                require(themes.containsKey(target), "to code " + toCode + " is not in " + describe(to));
                record(new Crossing(source, to.system(), to.version()), target);
                record(new Crossing(target, from.system(), from.version()), source);
            }
        });
    }

    private ThemeSystemVersion version(String system, String version) {
        return systems.stream().filter(v -> v.system().equals(system) && v.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(system + " version " + version + " is not loaded"));
    }

    private static String describe(ThemeSystemVersion version) {
        return version.system() + " version " + version.version();
    }

    private void record(Crossing crossing, ThemeRef target) {
        List<ThemeRef> targets = crossings.computeIfAbsent(crossing, c -> new ArrayList<>());
        if (!targets.contains(target)) {
            targets.add(target);
        }
    }

    @Override
    public List<ThemeSystemVersion> systems() {
        return List.copyOf(systems);
    }

    @Override
    public ThemeSystemVersion defaultVersion() {
        return systems.get(0);
    }

    @Override
    public Optional<Theme> find(ThemeRef ref) {
        return Optional.ofNullable(ref == null ? null : themes.get(ref));
    }

    @Override
    public List<Theme> themes(String system, String version) {
        List<Theme> ordered = new ArrayList<>();
        themes.values().stream()
                .filter(t -> t.top() && t.ref().system().equals(system) && t.ref().version().equals(version))
                .forEach(top -> withDescendants(top, ordered));
        return List.copyOf(ordered);
    }

    private void withDescendants(Theme theme, List<Theme> into) {
        into.add(theme);
        children.getOrDefault(theme.ref(), List.of()).forEach(child -> withDescendants(child, into));
    }

    @Override
    public List<Theme> lifeThemes() {
        return lifeThemes;
    }

    @Override
    public List<Theme> subThemes(ThemeRef parent) {
        return List.copyOf(children.getOrDefault(parent, List.of()));
    }

    @Override
    public List<ThemeRef> crosswalk(ThemeRef from, String toSystem, String toVersion) {
        if (from == null || !themes.containsKey(from)) {
            return List.of();
        }
        if (from.system().equals(toSystem) && from.version().equals(toVersion)) {
            return List.of(from);
        }
        return List.copyOf(crossings.getOrDefault(new Crossing(from, toSystem, toVersion), List.of()));
    }
}
