package dk.borgerplan.themes;

import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One version of one theme code system, e.g. FFB {@code 20240530}.
 *
 * @param system the code system's URI
 * @param version the version
 * @param name what to call it on screen, e.g. "FFB / VUM 2.0"
 * @param source where the codes and labels come from
 */
public record ThemeSystemVersion(String system, String version, Text name, String source) {

    public ThemeSystemVersion {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
    }

    /** A reference to {@code code} in this version. Whether the code exists is for {@link ThemeCatalog#find}. */
    public ThemeRef ref(String code) {
        return new ThemeRef(system, version, code);
    }

    /** Whether {@code ref} points into this version. */
    public boolean contains(ThemeRef ref) {
        return system.equals(ref.system()) && version.equals(ref.version());
    }
}
