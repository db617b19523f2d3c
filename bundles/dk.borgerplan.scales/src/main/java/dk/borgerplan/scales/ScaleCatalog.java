package dk.borgerplan.scales;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The scales this platform knows. */
@ProviderType
public interface ScaleCatalog {

    /** Every scale in every version, ordered by id then version. */
    List<Scale> scales();

    /** The newest version of a scale. */
    Optional<Scale> find(String id);

    /** One version of a scale. */
    Optional<Scale> find(String id, String version);

    /**
     * Whether {@code value} is a level of the scale {@code id} in {@code version}; a {@code null} version means the
     * newest.
     */
    default ScoreCheck check(String id, String version, int value) {
        Optional<Scale> scale = version == null ? find(id) : find(id, version);
        return new ScoreCheck(scale, scale.flatMap(s -> s.level(value)));
    }
}
