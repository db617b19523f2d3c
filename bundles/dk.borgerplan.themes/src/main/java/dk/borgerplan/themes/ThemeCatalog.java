package dk.borgerplan.themes;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The theme catalogue: every known version of every theme code system, and the crosswalk between versions. Lists
 * are in catalogue order — top themes in wheel order, sub-themes in the order the method lists them — and never
 * {@code null}; an unknown reference gives an empty answer, not an exception.
 */
@ProviderType
public interface ThemeCatalog {

    /** Every version of every code system; the default version first. */
    List<ThemeSystemVersion> systems();

    /** The version new plans use: FFB / VUM 2.0. */
    ThemeSystemVersion defaultVersion();

    /** The theme a reference names, if it exists in that system and version. */
    Optional<Theme> find(ThemeRef ref);

    /** Every theme of one version, top themes each followed by their sub-themes; empty for an unknown version. */
    List<Theme> themes(String system, String version);

    /**
     * The life themes of the default version: its scored top themes in wheel order (Egenomsorg, Praktiske opgaver,
     * Mobilitet, Kommunikation, Samfundsliv, Relationer). Ask {@link #subThemes} with a theme's {@link Theme#ref()}.
     */
    List<Theme> lifeThemes();

    /** The sub-themes of a theme; empty when it has none or is unknown. */
    List<Theme> subThemes(ThemeRef parent);

    /**
     * The themes {@code from} corresponds to in another version, read from the shipped crosswalks in either
     * direction; {@code from} itself when the target is its own version. Empty when {@code from} is unknown or no
     * crosswalk covers it — there is no guessing from labels and no chaining through a third version.
     */
    List<ThemeRef> crosswalk(ThemeRef from, String toSystem, String toVersion);
}
