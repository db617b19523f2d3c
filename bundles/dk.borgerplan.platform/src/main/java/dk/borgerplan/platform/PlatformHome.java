package dk.borgerplan.platform;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The directory a distribution runs from: {@code etc/} (configuration), {@code addons/} (hot-deployed bundles) and,
 * unless configured elsewhere, {@code data/} live here.
 */
@ProviderType
public interface PlatformHome {

    /** Framework or system property that overrides the home directory. */
    String HOME_PROPERTY = "borgerplan.home";

    /** The absolute home directory. */
    Path directory();

    /** A path below the home directory, e.g. {@code resolve("data")}. */
    default Path resolve(String relative) {
        return directory().resolve(relative);
    }
}
